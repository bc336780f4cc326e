# Concilia — eesti keel.
# Üks sõnum iga teksti kohta, mida inimene näeb. Tõlkijad: jätke id-d muutmata, tõlkige tekst.

app-name = Concilia
yes = Jah
no = Ei

## Navigeerimine ja paigutus
nav-skip = Liigu põhisisu juurde
nav-label = Peamenüü
nav-dashboard = Töölaud
nav-organisations = Kauplejad
nav-users = Kasutajad
nav-outbox = Väljuvad kirjad
nav-account = Minu konto
nav-signin = Logi sisse
nav-signup = Loo konto
nav-signout = Logi välja
language-label = Keel
language-switch = Muuda
footer-text = Concilia on sõltumatu vaidluste lahendamise teenus. Teenus on tarbijatele tasuta ja erapooletu.
list-next-page = Järgmine leht

## Teated pärast toimingut
notice-signed-out = Olete välja logitud.
notice-email-verified = Täname! Teie e-posti aadress on kinnitatud.
notice-password-reset = Teie parool on muudetud. Nüüd saate sellega sisse logida.
notice-password-changed = Teie parool on muudetud. Teistes seadmetes on Teid välja logitud.
notice-email-change-sent = Saatsime Teie uuele aadressile lingi. Aadress muutub, kui olete lingi avanud.
notice-email-changed = Teie e-posti aadress on muudetud.
notice-verification-sent = Saatsime Teile uue kinnituslingi.
notice-reset-sent = Kui selle aadressiga konto on olemas, saatsime sinna lingi uue parooli valimiseks. Link kehtib ühe tunni.
notice-invitation-accepted = Teie konto on valmis. Logige sisse oma uue parooliga.
notice-organisation-created = Kaupleja on lisatud.
notice-invitation-sent = Kutse on saadetud.
notice-user-disabled = Konto on deaktiveeritud ja kõik selle seansid on lõpetatud.
notice-user-enabled = Konto on uuesti aktiveeritud.
notice-language-saved = Keelevalik on salvestatud.
notice-mail-requeued = Kiri saadetakse peagi uuesti.
notice-signed-up = Tere tulemast Concilia portaali! Saatsime Teile e-kirja, et saaksite oma aadressi kinnitada.

verify-banner = Palun kinnitage oma e-posti aadress: saatsime lingi aadressile { $email }.
verify-resend = Saada link uuesti

## Avaleht
home-title = Lahendage vaidlus kauplejaga ilma kohtusse pöördumata
home-lead = Concilia on kohtuvälise vaidluste lahendamise keskus. Kui Te ei jõua kauplejaga ostetud kauba või teenuse asjus kokkuleppele, aitab sõltumatu lepitaja mõlemal poolel leida õiglase lahenduse.
home-cta = Esita kaebus
home-have-account = Mul on juba konto
home-who-title = Kes saab Concilia poole pöörduda
home-who-body = Iga tarbija, kes on ostnud kauplejalt kaupu või teenuseid isiklikuks tarbeks, kas kohapeal või internetis, sealhulgas teises ELi riigis asuvalt kauplejalt. Kauplejad ei saa siin tarbija vastu menetlust algatada.
home-first-title = Kõigepealt pöörduge kaupleja poole
home-first-body = Enne meie poole pöördumist peate olema probleemiga kaupleja poole pöördunud ja andnud talle võimaluse olukord heastada. Säilitage kaupleja vastus või, kui ta ei vastanud, märkige üles, millal Te talle kirjutasite: küsime seda Teilt.
home-cost-title = Kui palju see maksab
home-cost-body = Tarbijale ei maksa see midagi. Menetlus on tasuta ja Teil ei ole vaja juristi.
home-time-title = Kui kaua see aega võtab
home-time-body = Kolme nädala jooksul teatame Teile, kas saame Teie kaebuse menetlusse võtta, ja kui mitte, siis põhjendame keeldumist. Kui Teie kaebuse toimik on täielik, lõpeb menetlus 90 päeva jooksul ja Teile teatatakse selle tulemus kirjalikult.
home-steps-title = Kuidas menetlus samm-sammult käib
home-step-1 = Loote konto ja kirjeldate vaidlust: kes on kaupleja, mida ostsite, millal esitasite kauplejale kaebuse ja mida ta vastas, mida nõuate, ning lisate oma tõendid.
home-step-2 = Kontrollime, kas Teie toimik on täielik ja kas saame vaidlust menetleda, ning võtame kaebuse menetlusse või jätame selle põhjendatult menetlusse võtmata.
home-step-3 = Palume kauplejal esitada oma vastus. Mõlemad pooled näevad teineteise seisukohti ja tõendeid.
home-step-4 = Lepitaja aitab mõlemat poolt kas kirjalikult või istungil ja võib teha ettepaneku vaidluse lahendamiseks.
home-step-5 = Saate menetluse tulemuse kirjalikult. Kui jõuate kokkuleppele, fikseerime selle ja ka selle, kas kokkulepet on täidetud.
home-withdraw = Võite menetlusest igal ajal loobuda. Concilia kasutamine ei võta Teilt õigust hiljem kohtusse pöörduda.

## Töölauad
dashboard-welcome = Tere tulemast, { $name }
dashboard-consumer-empty-title = Teil ei ole veel ühtegi menetlust
dashboard-consumer-empty-body = Kui esitate meile kaebuse, kuvatakse see siin koos selle seisu ja järgmise sammuga. Veenduge, et olete esmalt pöördunud kaebusega kaupleja poole ja säilitanud tema vastuse.
dashboard-trader-org = Esindate kauplejat { $organisation }.
dashboard-trader-empty-title = Teie ettevõttega seotud menetlusi ei ole
dashboard-trader-empty-body = Kui tarbija algatab Teie ettevõtte suhtes vaidluse, kutsutakse Teid vastama siin portaalis ja e-posti teel.
dashboard-mediator-empty-title = Teile ei ole määratud ühtegi menetlust
dashboard-mediator-empty-body = Kui keskus määrab Teile menetluse, kuvatakse see siin koos tähtaegadega.
dashboard-admin-title = Keskuse haldus
dashboard-admin-body = Lisage keskusega koostööd tegevad kauplejad ning saatke kutse nende töötajatele ja lepitajatele.

## Vormiväljad
field-name = Ees- ja perekonnanimi
field-email = E-posti aadress
field-password = Parool
field-new-password = Uus parool
field-password-confirm = Korrake parooli
field-current-password = Praegune parool
field-new-email = Uus e-posti aadress
field-language = Portaali ja e-kirjade keel
field-org-name = Kaupleja nimi
field-registration-number = Registrikood
field-contact-email = E-posti aadress kaebuste jaoks
field-sector = Tegevusala
field-is-member = Kaupleja on keskuse liige
hint-password = Vähemalt 12 tähemärki. Mitmest sõnast koosnevat lauset on lihtne meelde jätta ja raske ära arvata.

## Vormivead
error-form-has-problems = Palun parandage allpool märgitud väljad.
error-form-expired = Vorm oli aegunud, seega midagi ei salvestatud. Palun kontrollige sisestatud andmeid ja saatke vorm uuesti.
error-required = Palun täitke see väli.
error-too-long = See on liiga pikk.
error-invalid-characters = See sisaldab lubamatuid märke.
error-email-invalid = Sisestage e-posti aadress, näiteks nimi@example.com.
error-email-taken = Selle e-posti aadressiga konto on juba olemas. Logige sisse või taotlege uut parooli.
error-email-unchanged = See on juba Teie e-posti aadress.
error-password-too-short = Paroolis peab olema vähemalt 12 tähemärki.
error-password-too-long = Paroolis võib olla kuni 256 tähemärki.
error-password-mismatch = Paroolid ei ühti.
error-current-password-wrong = Praegune parool on vale.
error-language-unknown = Valige üks pakutud keeltest.
error-registration-taken = Selle registrikoodiga kaupleja on juba olemas.
error-signin-failed = E-posti aadress või parool on vale.
error-signin-throttled = Liiga palju sisselogimiskatseid. Palun oodake { $minutes ->
    [one] üks minut
   *[other] { $minutes } minutit
} ja proovige uuesti.
error-account-disabled = See konto on deaktiveeritud. Palun võtke ühendust keskusega.

## E-kirjaga saadetud lingid
link-problem-title = See link ei tööta
link-problem-next = Võite taotleda uut linki või sisse logida, kui Teil on juba parool olemas.
error-link-invalid = See link on vigane. Palun kontrollige, et kopeerisite selle täielikult.
error-link-expired = Selle lingi kehtivus on lõppenud.
error-link-used = Seda linki on juba kasutatud.

## Vealehed
error-title = Viga { $status }
error-back-home = Tagasi avalehele
error-page-not-found = Seda lehte ei leitud.
error-page-forbidden = Teil puudub sellele lehele juurdepääs.
error-page-csrf = Vorm oli aegunud või ei pärinenud sellelt saidilt, seega midagi ei salvestatud. Minge tagasi, värskendage lehte ja proovige uuesti.
error-page-unauthenticated = Jätkamiseks logige palun sisse.
error-page-token-expired = Teie seanss on aegunud. Palun logige uuesti sisse.
error-page-token-invalid = Teie seanss ei kehti enam. Palun logige uuesti sisse.
error-page-bad-request = Päringust ei saadud aru.
error-page-too-large = Saadetud andmete maht on liiga suur.
error-page-unavailable = Teenus ei ole ajutiselt kättesaadav. Palun proovige mõne minuti pärast uuesti; Teie salvestatud andmed ei ole kadunud.
error-page-internal = Meie poolel tekkis viga. Palun proovige uuesti; kui viga kordub, võtke ühendust keskusega.

## Kontod
signup-title = Loo konto
signup-intro = Kaebuse esitamiseks ja selle menetluse jälgimiseks on Teil vaja kontot.
signup-submit = Loo konto
signup-have-account = Kas Teil on juba konto?
signin-title = Logi sisse
signin-submit = Logi sisse
signin-forgot = Unustasite parooli?
signin-no-account = Teil pole veel kontot?
forgot-title = Valige uus parool
forgot-intro = Sisestage oma konto e-posti aadress. Saadame Teile lingi uue parooli valimiseks.
forgot-submit = Saada mulle link
reset-title = Valige uus parool
reset-submit = Salvesta uus parool
invitation-title = Seadistage oma konto
invitation-intro = Tere tulemast, { $name }! Konto seadistamise lõpetamiseks valige parool.
invitation-submit = Salvesta ja jätka
email-confirm-title = Kinnitage oma uus e-posti aadress
email-confirm-intro = Vajutage nuppu, et kasutada edaspidi oma kontol seda aadressi.
email-confirm-submit = Kinnita uus aadress
settings-title = Minu konto
settings-password-title = Parooli muutmine
settings-password-submit = Muuda parooli
settings-email-title = E-posti aadressi muutmine
settings-email-intro = Saadame uuele aadressile lingi; vana aadress asendatakse uuega, kui avate lingi.
settings-email-submit = Saada kinnituslink

## Haldus
orgs-title = Kauplejad
orgs-caption = Keskusele teadaolevad kauplejad
orgs-empty = Kauplejaid ei ole veel lisatud. Lisage esimene allpool.
orgs-member-column = Liige
orgs-new-title = Lisa kaupleja
orgs-new-submit = Lisa kaupleja
org-users-title = Isikud, kes vastavad selle kaupleja nimel
org-users-empty = Veel pole kedagi. Kutsuge isik, kes hakkab kaebustele vastama.
org-invite-title = Kutsu isik
invite-submit = Saada kutse
users-title = Kasutajad
users-caption = Kõik kontoga kasutajad
users-role-column = Roll
users-status-column = Olek
users-actions-column = Toimingud
users-disable = Deaktiveeri
users-enable = Aktiveeri
users-invite-mediator-title = Kutsu lepitaja
user-status-active = Aktiivne
user-status-invited = Kutsutud
user-status-disabled = Deaktiveeritud
role-consumer = Tarbija
role-trader_user = Kaupleja
role-mediator = Lepitaja
role-admin = Administraator

## Väljuvad kirjad
outbox-title = Väljuvad kirjad
outbox-intro = Kirjad, mis on veel edastamata. { $sent ->
    [one] Üks kiri on edastatud.
   *[other] { $sent } kirja on edastatud.
}
outbox-caption = Ootel või ebaõnnestunud kirjad, vanimad eespool
outbox-empty = Kõik kirjad on edastatud.
outbox-recipient = Saaja
outbox-subject = Teema
outbox-attempts = Katseid
outbox-last-error = Meiliserveri viimane vastus
outbox-status-pending = Ootel, järgmine katse { $at }
outbox-status-failed = Ebaõnnestus
outbox-retry = Saada uuesti

## E-kirjad
email-footer = Concilia — sõltumatu vaidluste lahendamine. Saite selle kirja, kuna Teil on Concilia portaalis konto või menetlus.
email-greeting = Tere, { $name }!
email-link-fallback = Kui nupp ei tööta, kopeerige see aadress oma veebibrauserisse:
email-open-account = Ava minu konto
email-verify-email-subject = Kinnitage oma e-posti aadress
email-verify-body = Palun kinnitage, et see on Teie e-posti aadress, et saaksime Teiega kaebuse asjus ühendust võtta.
email-verify-action = Kinnita aadress
email-verify-ignore = Kui Te ei loonud Concilia portaalis kontot, jätke see kiri tähelepanuta.
email-password-reset-subject = Valige uus parool
email-reset-body = Keegi soovis muuta Teie Concilia konto parooli. Link töötab ühe korra ja kehtib ühe tunni.
email-reset-action = Vali uus parool
email-reset-ignore = Kui Te seda ei taotlenud, jätke see kiri tähelepanuta: Teie parool jääb samaks.
email-invitation-subject = Kutse Concilia portaali
email-invitation-body = Keskus on loonud Teile Concilia portaalis konto. Selle kasutamise alustamiseks valige parool.
email-invitation-action = Seadista konto
email-invitation-expiry = Link töötab ühe korra ja kehtib seitse päeva.
email-email-change-subject = Kinnitage oma uus e-posti aadress
email-change-body = Soovisite kasutada seda aadressi oma Concilia kontol.
email-change-action = Kinnita uus aadress
email-change-ignore = Kui Te seda ei taotlenud, jätke see kiri tähelepanuta; midagi ei muutu.
email-password-changed-subject = Teie parool on muudetud
email-password-changed-body = Teie Concilia konto parool muudeti just ja kõigis teistes seadmetes on Teid välja logitud.
email-password-changed-warning = Kui Teie seda ei teinud, valige kohe uus parool, kasutades linki „Unustasite parooli?“, ja võtke ühendust keskusega.
email-email-change-requested-subject = Taotleti Teie e-posti aadressi muutmist
email-change-requested-body = Keegi, kes on Teie kontole sisse logitud, taotles konto e-posti aadressi muutmist. Aadress muutub alles siis, kui uuele aadressile saadetud link avatakse.

## Language and time zone
settings-preferences-title = Keel ja ajavöönd
field-time-zone = Kuupäevade ja kellaaegade ajavöönd
settings-preferences-submit = Salvesta
error-time-zone-unknown = Valige üks pakutud ajavöönditest.
notice-preferences-saved = Keel ja ajavöönd on salvestatud.
