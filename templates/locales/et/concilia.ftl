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
notice-signed-up = Aitäh! Saatsime e-kirja Teie antud aadressile; aadressi kinnitamiseks avage selles olev link. Võite kohe sisse logida valitud parooliga.

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
error-input-malformed = See väärtus ei ole oodatud kujul.
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
role-trader-user = Kaupleja
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

## Vaidlused: ühised sõnad
error-page-conflict = See ei ole menetluse praeguses seisus võimalik. Laadige menetluse leht uuesti, et näha, mis seisus see on.
error-choice-unknown = Valige üks pakutud valikutest.
error-country-unknown = Valige riik loendist.
error-currency-unknown = Sisestage valuutakood, näiteks EUR, BGN või HUF.
error-amount-invalid = Sisestage summa, näiteks 149.90.
error-amount-negative = Summa ei saa olla negatiivne.
error-amount-too-large = See summa on tarbijavaidluse jaoks liiga suur.
error-date-invalid = Sisestage kuupäev, näiteks 2026-03-14.
error-date-future = See kuupäev on tulevikus.
error-complaint-before-purchase = Kauplejale esitatud kaebus ei saa olla varasem kui ost.
error-must-confirm = Vaidluse esitamiseks kinnitage palun see.
error-trader-email-has-account = Kaupleja e-posti aadress kuulub teist tüüpi kontole. Lisage kaupleja kauplejate kataloogi ja valige see menetluses.
error-case-unknown = Selle viitenumbriga menetlust ei ole.
error-extension-days = Sisestage päevade arv vahemikus 1–90.
error-member-exists = Sellel isikul on menetlusele juba juurdepääs.
error-backup-same = Asendaja peab olema kohtuvälise vaidluste lahendamise kontaktisikust erinev isik.
error-holiday-exists = See päev on selle riigi kalendris juba olemas.
field-country = Riik
field-address = Aadress
field-participation-mandatory = Kohustatud osalema kohtuvälises vaidluste lahendamises (loobuda saab ainult tarbija)
field-date = Kuupäev
field-holiday-name = Püha nimetus
nav-cases = Menetlused
nav-file = Esita vaidlus
nav-intake = Sissetulevad
nav-holidays = Pühad
nav-about = Keskusest ja selle reeglitest
nav-my-organisation = Minu ettevõte
notice-case-filed = Teie vaidlus on esitatud. Saatsime Teile kinnituse e-posti teel.
notice-step-done = Valmis. Menetluse andmed on uuendatud.
notice-contacts-saved = Kohtuvälise vaidluste lahendamise kontaktisikud on salvestatud.
notice-holiday-added = Püha on lisatud.
side-consumer = tarbija
side-trader = kaupleja

## Loendid
sector-goods = Üldkaubad
sector-electronics = Elektroonika ja kodumasinad
sector-clothing = Rõivad ja jalatsid
sector-vehicles = Sõidukid ja remont
sector-travel = Reisimine ja puhkus
sector-transport = Reisijatevedu
sector-telecoms = Side ja internet
sector-energy = Energia ja vesi
sector-financial = Finantsteenused
sector-health = Tervis
sector-leisure = Vaba aeg ja kultuur
sector-other = Muu
problem-defective = Puudusega või kahjustatud
problem-not-delivered = Kätte toimetamata või osutamata
problem-not-as-described = Ei vasta kirjeldusele
problem-late = Hilinenud tarne
problem-billing = Arved ja hinnad
problem-contract = Lepingutingimused ja lepingu lõpetamine
problem-warranty = Garantii
problem-service-quality = Teenuse kvaliteet
problem-unfair-practice = Ebaõiglane kaubandustava
problem-other = Muu
claim-refund = Raha tagastamine
claim-repair = Parandamine
claim-replacement = Asendamine
claim-price-reduction = Hinna alandamine
claim-compensation = Hüvitis
claim-other = Muu
channel-online = Veebis
channel-post = Posti teel
channel-phone = Telefoni teel
channel-in-person = Kohapeal
ground-no-prior-complaint = Tarbija ei püüdnud esmalt küsimust kauplejaga lahendada
ground-frivolous = Vaidlus on alusetu või pahatahtlik
ground-elsewhere = Vaidlust menetleb või on menetlenud mõni muu kohtuvälise vaidluste lahendamise üksus või kohus
ground-below-threshold = Nõude väärtus jääb alla keskuse kehtestatud piirmäära
ground-above-threshold = Nõude väärtus ületab keskuse kehtestatud piirmäära
ground-too-late = Vaidlus esitati pärast tähtaja möödumist, arvates kauplejale esitatud kaebusest
ground-impairs-operation = Vaidluse menetlemine kahjustaks tõsiselt keskuse tööd
capacity-representative = Esindaja
capacity-assistant = Abistaja
correspondence-incoming = Saabunud
correspondence-outgoing = Saadetud
state-draft = Mustand
state-submitted = Saabunud
state-awaiting-info = Ootab teavet
state-complete = Toimik on täielik
state-awaiting-trader = Ootab kauplejat
state-negotiation = Otseläbirääkimised
state-mediation = Lepitus
state-settled = Lahendatud kokkuleppega
state-not-settled = Lõpetatud kokkuleppeta
state-withdrawn = Loobutud
state-trader-declined = Kaupleja keeldus
state-refused = Menetlusse võtmata jäetud

## Vaidluse esitamine
file-title = Vaidluse esitamine
file-intro = Kui esitasite kauplejale kaebuse, kuid kokkuleppele ei jõudnud, saab keskus aidata Teil mõlemal lahenduseni jõuda. Vormil on { $count ->
        [one] üks lühike samm
       *[other] { $count } lühikest sammu
    }; sisestatu salvestatakse jooksvalt, nii et võite hiljem tagasi tulla.
file-start = Alusta
file-continue = Jätka mustandiga
file-steps-label = Vormi sammud
file-step-trader = Kaupleja
file-step-purchase = Mida ostsite
file-step-complaint = Teie kaebus ja nõue
file-step-details = Kirjeldus
file-step-evidence = Tõendid
file-step-review = Kontroll ja esitamine
file-on-behalf-of = Sisestatakse isiku { $name } nimel
file-trader-chosen = Valitud kataloogist: { $name }. Muutmiseks otsige uuesti või sisestage allpool mõni muu kaupleja.
file-trader-search = Otsi kauplejate kataloogist
file-trader-search-submit = Otsi
file-trader-results = Leitud kauplejad
file-trader-member = keskuse liige
file-trader-pick = Vali see kaupleja
file-trader-none-found = Kataloogis ei ole sobivat kauplejat. Sisestage kaupleja andmed allpool.
file-trader-manual = Või sisestage kaupleja andmed
file-trader-no-answer = Ei, kaupleja ei vastanud
file-save-next = Salvesta ja jätka
file-evidence-intro = Lisage see, mis Teie vaidlust toetab: tšekk või leping, fotod, kauplejaga vahetatud kirjad või e-kirjad. Pärast vaidluse esitamist näevad neid kõik menetluse osalised. Dokumente saate lisada ka hiljem.
file-evidence-none = Dokumente pole veel lisatud.
file-evidence-remove = Eemalda
file-evidence-remove-named = Eemalda { $title }
file-evidence-continue = Edasi ülevaatele
file-review-documents = Vaidlusega koos esitatavad dokumendid
file-review-change-documents = Lisa või eemalda dokumente
file-review-problems = Enne esitamist vajavad mõned osad veel Teie tähelepanu:
file-submit = Esita vaidlus
file-field-trader = Kaupleja
file-field-consumer = Tarbija
file-field-trader-name = Kaupleja nimi
file-field-trader-email = Kaupleja e-posti aadress
file-field-trader-country = Kaupleja riik
file-field-trader-address = Kaupleja aadress
file-field-sector = Tegevusala
file-field-problem-kind = Probleemi liik
file-field-purchase-description = Mida ostsite või kasutasite
file-field-purchase-date = Ostu kuupäev
file-field-price = Makstud hind
file-field-price-currency = Valuuta
file-field-complained-on = Kauplejale kaebuse esitamise kuupäev
file-field-trader-responded = Kas kaupleja vastas?
file-field-trader-response = Kaupleja vastus
file-field-claim-kind = Mida nõuate
file-field-claim-amount = Nõutav summa
file-field-claim-currency = Summa valuuta
file-field-description = Mis juhtus
file-field-language = Menetluse keel
file-field-consumer-country = Teie elukohariik
file-field-not-elsewhere = Kinnitan, et seda vaidlust ei menetle kohus ega muu vaidluste lahendamise üksus.
hint-amount = Näiteks 149.90
hint-currency = Kolm tähte, näiteks EUR
hint-complained-on = Jätke tühjaks, kui Te ei ole veel kauplejale kaebust esitanud. Tavaliselt eeldab keskus, et proovite kõigepealt küsimuse kauplejaga lahendada.
hint-trader-response = Lühidalt, mida kaupleja vastas.
hint-claim-amount = Vajalik raha tagastamise, hinna alandamise või hüvitise nõudmisel.
hint-description = Kirjeldage oma sõnadega: mis juhtus, millal ja mida olete seni ette võtnud.
hint-procedure-language = Kirjad ja menetlus on selles keeles.
terms-title = Enne esitamist
terms-free = Vaidluse esitamine on tasuta.
terms-fee = Vaidluse esitamise tasu on { $fee }.
terms-no-lawyer = Teil ei ole vaja juristi. Teid võib menetluse igas etapis esindada või abistada Teie valitud isik.
terms-withdraw = Võite menetlusest igal ajal loobuda.
terms-outcome = Kui Teie ja kaupleja jõuate kokkuleppele, on kokkulepe Teile mõlemale siduv nagu leping. Lepitaja pakutud lahendus on Teile siduv ainult siis, kui Te selle vastu võtate.
terms-court = Osalemine ei takista Teil kohtusse pöördumast; menetluse ajal aegumistähtajad peatuvad.
terms-more = Loe keskuse reegleid
on-behalf-title = Kaebuse sisestamine tarbija nimel
on-behalf-intro = Posti teel, telefoni teel või kohapeal saabunud kaebuste jaoks. Kui tarbijal on e-posti aadress, saab ta juurdepääsu e-posti teel.
on-behalf-consumer-name = Tarbija nimi
on-behalf-consumer-email = Tarbija e-posti aadress
hint-on-behalf-email = Valikuline. Jätke tühjaks, kui tarbijal ei ole e-posti aadressi.
on-behalf-submit = Jätka vormiga

## Menetluse leht
case-title = Menetlus { $reference }
case-days-left = { $days ->
    [one] Tulemuseni on jäänud { $days } päev
   *[other] Tulemuseni on jäänud { $days } päeva
}
case-days-overdue = { $days ->
    [one] Tulemuse tähtaeg möödus { $days } päev tagasi
   *[other] Tulemuse tähtaeg möödus { $days } päeva tagasi
}
case-parties = Pooled
case-mediator = Lepitaja
case-mediator-pending = ei ole veel oma sõltumatust kinnitanud
case-no-mediator = Veel määramata
case-decision-warning = { $days ->
    [one] saabus { $days } päev tagasi: otsus tuleb teha 21 päeva jooksul
   *[other] saabus { $days } päeva tagasi: otsus tuleb teha 21 päeva jooksul
}
case-dates = Kuupäevad
case-received-at = Saabunud
case-completed-at = Toimik täielik
case-outcome-due = Tulemuse tähtaeg
case-extended = pikendatud
case-trader-due = Kaupleja vastuse tähtaeg
case-negotiation-until = Otseläbirääkimised kuni
case-complex = Keeruline vaidlus
case-closed-at = Lõpetatud
case-certificate = Laadi alla tõend menetluse kuupäevade kohta
case-outcome = Tulemus
case-withdrawn-by = menetlusest loobus { $side }
case-info-requested = Keskus vajab lisateavet
case-objection = Vastuväide lepitajale
case-automatic-grounds = Võimalikud menetlusse võtmata jätmise alused (automaatne kontroll)
case-automatic-grounds-hint = Leitud automaatselt sisestatud andmete põhjal; otsuse teeb inimene.
case-conflict-title = Huvide konflikti kontroll
case-conflict-intro = Teid on määratud selle menetluse lepitajaks. Enne toimikuga tutvumist kinnitage, et Teil ei ole huvide konflikti kummagi poolega, või keelduge menetlusest.
case-actions = Mida saate teha
case-group = Seotud menetlused
case-facts = Vaidlus
case-timeline = Menetluse käik
case-cross-border = Piiriülene
case-no-complaint-date = Märkimata
case-channel = Saabumise viis
case-reference = Viitenumber
case-days-left-column = Päevi jäänud
event-submit = Vaidlus esitatud
event-request-info = Teavet küsitud
event-provide-info = Teave esitatud
event-mark-complete = Toimik märgitud täielikuks
event-accept = Vaidlus menetlusse võetud; kaupleja kutsutud
event-refuse = Vaidlus jäetud menetlusse võtmata
event-join = Kaupleja osaleb
event-decline = Kaupleja keeldus osalemast
event-deemed-refusal = Kaupleja ei vastanud tähtajaks
event-request-mediation = Lepitust taotletud
event-end-negotiation = Läbirääkimiste aeg on läbi; algab lepitus
event-assign-mediator = Lepitaja määratud
event-declare-no-conflict = Lepitaja kinnitas, et tal ei ole huvide konflikti
event-decline-assignment = Lepitaja keeldus menetlusest
event-object = Vastuväide lepitajale
event-decide-objection = Vastuväite kohta tehti otsus
event-extend = Tähtaega pikendatud
event-close-not-settled = Lõpetatud kokkuleppeta
event-withdraw = Menetlusest loobutud
event-mark-complex = Märgitud keeruliseks
event-log-correspondence = Kirjavahetus registreeritud
event-add-member = Esindaja või abistaja lisatud
event-link-group = Seotud teise menetlusega
step-request-info = Küsi puuduvat teavet
step-request-info-hint = Tarbijale saadetakse e-kiri ja ta vastab sellel lehel. Seni menetlus ootab.
step-provide-info = Saada küsitud teave
step-provide-info-hint = Vastake keskuse päringule.
step-mark-complete = Märgi toimik täielikuks
step-mark-complete-hint = Mõlemat poolt teavitatakse ja tulemuse 90-päevane tähtaeg hakkab kulgema nüüd.
step-accept = Võta vaidlus menetlusse ja kutsu kaupleja
step-accept-hint = Kauplejale saadetakse e-kiri ja tal on vastamiseks 20 tööpäeva (keerulise vaidluse korral 30).
step-refuse = Jäta vaidlus menetlusse võtmata
step-refuse-hint = Valige alus ja selgitage põhjuseid; mõlemad pooled saavad need.
step-join = Osale menetluses
step-join-hint = Esitage oma esimene vastus: asjaolud nii, nagu Teie neid näete, ja võimalik pakkumine.
step-decline = Keeldu osalemast
step-decline-hint = Menetlus lõpetatakse ja tarbijale teatatakse Teie põhjus.
step-request-mediation = Taotle kohe lepitust
step-request-mediation-hint = Lepitaja aitab Teid mõlemat. Võite endiselt ka otse kokku leppida.
step-assign-mediator = Määra lepitaja
step-assign-mediator-hint = Enne toimikuga tutvumist peab lepitaja kinnitama, et tal ei ole huvide konflikti.
step-declare-no-conflict = Mul ei ole huvide konflikti
step-declare-no-conflict-hint = Kinnitan, et olen mõlemast poolest sõltumatu ja mul ei ole menetluse tulemuse vastu huvi.
step-decline-assignment = Keeldu sellest menetlusest
step-decline-assignment-hint = Märkige põhjus; keskus määrab kellegi teise.
step-object = Esita vastuväide lepitajale
step-object-hint = Keskus otsustab Teie vastuväite üle ja võib määrata teise lepitaja.
step-decide-objection = Otsusta vastuväite üle
step-decide-objection-hint = Rahuldage see lepitaja tagandamiseks või jätke rahuldamata. Mõlemat poolt ja lepitajat teavitatakse.
step-extend = Pikenda tähtaega
step-extend-hint = Ainult üks kord, keerulise vaidluse korral ja põhjendatult. Mõlemat poolt teavitatakse.
step-close-not-settled = Lõpeta kokkuleppeta
step-close-not-settled-hint = Esitage põhjendatud kokkuvõte; mõlemad pooled saavad selle kirjalikult.
step-withdraw = Loobu menetlusest
step-withdraw-hint = Võite menetlusest igal ajal loobuda. Teisi osalisi teavitatakse.
step-mark-complex = Märgi keeruliseks
step-mark-complex-hint = Kauplejal on vastamiseks 20 asemel 30 tööpäeva.
step-log-correspondence = Registreeri kiri või kõne
step-log-correspondence-hint = Registreerige kirjavahetus, mis ei toimunud portaali kaudu.
step-add-member = Lisa esindaja või abistaja
step-add-member-hint = Ta saab juurdepääsu ainult sellele menetlusele.
step-link-group = Seo teise menetlusega
step-link-group-hint = Rühma kuuluvaid menetlusi käsitletakse koos; igaühel jäävad oma pooled ja oma tulemus.
field-request = Mis on puudu
field-answer = Teie vastus
field-first-answer = Teie esimene vastus
hint-first-answer = Asjaolud nii, nagu Teie neid näete, ja Teie võimalik pakkumine.
field-reason = Põhjus
field-ground = Menetlusse võtmata jätmise alus
field-reason-optional = Põhjus (valikuline)
field-mediator = Lepitaja
field-decision = Otsus
decision-uphold = Rahuldada: lepitaja tagandatakse
decision-dismiss = Jätta rahuldamata: lepitaja jätkab
field-note = Põhjendus
field-days = Päevade arv
field-summary = Kokkuvõte
field-direction = Suund
field-capacity = Roll
field-relationship = Seos poolega
field-other-reference = Seotud menetluse viitenumber
certificate-title = Tõend kohtuvälise vaidluste lahendamise menetluse kohta
certificate-intro = Käesolev tõend kinnitab kohtuvälise vaidluste lahendamise menetluse { $reference } kuupäevi.
certificate-started = Menetlus algas (toimik täielik)
certificate-not-started = Veel alustamata
certificate-ended = Menetlus lõppes
certificate-ongoing = Menetlus on veel pooleli
certificate-limitation = Direktiivi 2013/11/EL artikli 12 kohaselt ei lõpe aegumistähtajad menetluse ajal.
certificate-issued = Välja antud { $at }.

## Loendid ja sissetulevad
cases-title = Menetlused
cases-caption = Menetlused, uusimad eespool
cases-empty = Kuvatavaid menetlusi ei ole.
filter-state = Seis
filter-mediator = Lepitaja
filter-trader = Kaupleja
filter-days-left = Tulemuse tähtaeg (päeva jooksul)
filter-search = Otsi viitenumbri, nimede ja kirjelduse järgi
filter-submit = Näita
intake-title = Sissetulevate vaidluste järjekord
intake-intro = Keskuse otsust ootavad vaidlused, vanimad eespool. Otsus menetlusse võtmise või menetlusse võtmata jätmise kohta tuleb teha 21 päeva jooksul täieliku toimiku saamisest.
intake-caption = Ootavad otsust
intake-days = Päevi saabumisest
intake-warning = { $days ->
    [one] Otsustamiseks on jäänud { $days } päev
   *[other] Otsustamiseks on jäänud { $days } päeva
}
intake-empty = Otsust ootavaid vaidlusi ei ole.
dashboard-recent-cases = Teie viimased menetlused
dashboard-all-cases = Kõik menetlused

## Ettevõtted ja pühad
org-contacts-title = Kohtuvälise vaidluste lahendamise kontaktisikud
org-contacts-intro = Menetlustega seotud kirjad saadetakse neile kahele isikule, mitte kõigile ettevõtte töötajatele.
field-adr-contact = Kontaktisik
field-adr-backup = Asendaja
org-contacts-submit = Salvesta kontaktisikud
holidays-title = Pühade kalendrid
holidays-intro = Riigipühi ei arvestata kaupleja vastamistähtaja arvutamisel selles riigis tööpäevade hulka.
holidays-empty = Pühi ei ole veel sisestatud.
holidays-add = Lisa püha

## Avalik teave
about-title = { $centre }: kes me oleme ja kuidas töötame
about-intro = Oleme kohtuvälise vaidluste lahendamise keskus. Aitame tarbijatel ja kauplejatel lahendada vaidlusi ilma kohtusse pöördumata – õiglaselt, kiiresti ja kirjalikult.
about-contact = Kontakt
about-mediators = Lepitajad
about-mediators-intro = Vaidlusi lahendavad keskuse määratud sõltumatud ja erapooletud lepitajad.
about-scope = Milliseid vaidlusi me lahendame
about-sectors = Tarbijate vaidlused kauplejatega järgmistel tegevusaladel:
about-thresholds-both = Nõuded vahemikus { $min } kuni { $max }.
about-threshold-min = Nõuded alates { $min }.
about-threshold-max = Nõuded kuni { $max }.
about-no-thresholds = Nõuded mis tahes väärtuses.
about-rules = Menetlusreeglid
about-rule-precondition = Enne vaidluse esitamist peate olema esitanud kauplejale kaebuse ja püüdnud küsimuse temaga lahendada.
about-rule-filing-limit = Esitage vaidlus { $days } päeva jooksul arvates kauplejale kaebuse esitamisest.
about-rule-decision = Teatame Teile { $days } päeva jooksul täieliku toimiku saamisest, kas võtame Teie vaidluse menetlusse, ja kui mitte, siis põhjendame.
about-rule-trader = Kaupleja peab { $days } tööpäeva jooksul teatama, kas ta osaleb menetluses.
about-rule-negotiation = Pooled võivad esmalt { $days } päeva jooksul püüda otse kokku leppida; kumbki võib igal ajal taotleda lepitajat.
about-rule-outcome = Tulemus tehakse teatavaks { $days } päeva jooksul toimiku täielikuks muutumisest; keerulise vaidluse korral võib tähtaega ühe korra pikendada.
about-grounds = Võime jätta vaidluse menetlusse võtmata ainult järgmistel alustel
about-download-rules = Laadi reeglid alla
about-languages = Keeled
about-costs = Kulud
about-length = Kui kaua see aega võtab
about-average = Toimiku täielikuks muutumisest tulemuseni kulub keskmiselt { $days ->
    [one] { $days } päev
   *[other] { $days } päeva
} ({ $count } lõpetatud menetluse põhjal).
about-average-none = Ükski menetlus ei ole veel lõppenud.
about-effect = Mida tulemus tähendab

## Menetluste e-kirjad
email-case-action-open = Ava menetlus
email-case-action-invitation = Seadista konto
email-case-note-intro = Sõnum:
email-case-received-subject = Saime Teie vaidluse { $reference }
email-case-received-body = Täname! Teie vaidlus on registreeritud viitenumbriga { $reference }. Keskus kontrollib, kas toimik on täielik, ja teatab Teile 21 päeva jooksul, kas saab vaidluse menetlusse võtta. Portaalis saate menetlust jälgida ja sellest igal ajal loobuda.
email-case-consumer-invited-subject = Teie vaidlust { $reference } saab jälgida veebis
email-case-consumer-invited-body = Keskus on registreerinud Teie kaebuse viitenumbriga { $reference } ja loonud Teile konto, et saaksite menetlust jälgida ja veebis vastata. Alustamiseks valige parool. Link töötab ühe korra ja kehtib seitse päeva.
email-case-info-requested-subject = Teie vaidluse { $reference } jaoks on vaja teavet
email-case-info-requested-body = Menetluse { $reference } jätkamiseks vajab keskus Teilt lisateavet. Palun vastake menetluse lehel.
email-case-info-provided-subject = Uus teave menetluses { $reference }
email-case-info-provided-body = Tarbija vastas teabepäringule menetluses { $reference }.
email-case-file-complete-subject = Toimik { $reference } on täielik
email-case-file-complete-body = Vaidluse { $reference } toimik on täielik. Tulemuse tähtaeg on { $due }.
email-case-accepted-subject = Teie vaidlus { $reference } on menetlusse võetud
email-case-accepted-body = Keskus võttis vaidluse { $reference } menetlusse ja kutsus kauplejat osalema; kaupleja peab hiljemalt { $due } teatama, kas ta osaleb.
email-case-trader-invited-subject = Tarbijavaidlus ootab Teie vastust: { $reference }
email-case-trader-invited-body = Tarbija on pöördunud keskusesse vaidlusega Teie ettevõtte vastu ({ $reference }). Palun teatage hiljemalt { $due } menetluse lehel, kas osalete, ja esitage oma esimene vastus.
email-case-trader-invited-new-subject = Tarbijavaidlus ootab Teie vastust: { $reference }
email-case-trader-invited-new-body = Tarbija on pöördunud meie kohtuvälise vaidluste lahendamise keskusesse vaidlusega Teie ettevõtte vastu ({ $reference }). Seadistage oma konto selle ühekordse lingi abil (kehtib seitse päeva), et tutvuda toimikuga ja vastata 20 tööpäeva jooksul.
email-case-refused-subject = Vaidlust { $reference } ei saa menetlusse võtta
email-case-refused-body = Keskus ei saa vaidlust { $reference } menetlusse võtta. Alus: { $ground }.
email-case-trader-joined-subject = Kaupleja osaleb menetluses { $reference }
email-case-trader-joined-body = Kaupleja on nõustunud menetluses { $reference } osalema ja esitanud oma esimese vastuse.
email-case-trader-declined-subject = Kaupleja keeldus menetluses { $reference } osalemast
email-case-trader-declined-body = Kaupleja keeldus menetluses { $reference } osalemast, seega on menetlus lõpetatud. Võite endiselt pöörduda kohtusse või mõne muu asutuse poole.
email-case-deemed-refusal-subject = Kaupleja ei vastanud menetluses { $reference }
email-case-deemed-refusal-body = Kaupleja ei vastanud tähtaja jooksul, mida loetakse osalemisest keeldumiseks. Menetlus { $reference } on lõpetatud.
email-case-mediation-started-subject = Menetluses { $reference } algab lepitus
email-case-mediation-started-body = Menetlus { $reference } jõuab lepitusetappi. Lepitaja aitab pooltel lahenduseni jõuda.
email-case-mediator-assigned-subject = Teid on määratud menetluse { $reference } lepitajaks
email-case-mediator-assigned-body = Keskus on määranud Teid menetluse { $reference } lepitajaks. Enne toimikuga tutvumist kinnitage, et Teil ei ole huvide konflikti, või keelduge.
email-case-mediator-confirmed-subject = Teie lepitaja menetluses { $reference }
email-case-mediator-confirmed-body = Menetluse { $reference } lepitaja on { $mediator }, kes on kinnitanud, et tal ei ole huvide konflikti. Menetluse lehel võite esitada lepitajale põhjendatud vastuväite.
email-case-mediator-declined-subject = Lepitaja keeldus menetlusest { $reference }
email-case-mediator-declined-body = Menetlusse { $reference } määratud lepitaja keeldus menetlusest. Palun määrake teine lepitaja.
email-case-objection-subject = Vastuväide lepitajale menetluses { $reference }
email-case-objection-body = Üks pooltest esitas vastuväite menetluse { $reference } lepitajale. Palun tehke otsus menetluse lehel.
email-case-objection-upheld-subject = Vastuväide menetluses { $reference } rahuldati
email-case-objection-upheld-body = Keskus rahuldas vastuväite menetluse { $reference } lepitajale; määratakse uus lepitaja.
email-case-objection-dismissed-subject = Vastuväide menetluses { $reference } jäeti rahuldamata
email-case-objection-dismissed-body = Keskus jättis vastuväite menetluse { $reference } lepitajale rahuldamata; lepitaja jätkab.
email-case-extended-subject = Menetluse { $reference } tähtaega pikendati
email-case-extended-body = Lepitaja pikendas menetluse { $reference } tulemuse tähtaega, kuna vaidlus on keeruline. Tulemuse uus tähtaeg on { $due }.
email-case-not-settled-subject = Menetlus { $reference } lõpetati kokkuleppeta
email-case-not-settled-body = Lepitaja lõpetas menetluse { $reference } kokkuleppeta. See kiri on tulemuse kirjalik kinnitus; võite endiselt pöörduda kohtusse.
email-case-withdrawn-subject = Menetlusest { $reference } on loobutud
email-case-withdrawn-body = { $side ->
    [consumer] Tarbija loobus menetlusest { $reference } ja menetlus on lõpetatud.
    [trader] Kaupleja loobus menetlusest { $reference } ja menetlus on lõpetatud.
    [centre] Keskus lõpetas menetluse { $reference }.
   *[other] Menetlusest { $reference } loobus { $side } ja menetlus on lõpetatud.
}
email-case-member-invited-subject = Teile anti juurdepääs menetlusele { $reference }
email-case-member-invited-body = Vaidluse { $reference } pool on lisanud Teid oma esindaja või abistajana. Seadistage oma konto selle ühekordse lingi abil (kehtib seitse päeva), et menetlust jälgida.
email-case-member-added-subject = Teile anti juurdepääs menetlusele { $reference }
email-case-member-added-body = Vaidluse { $reference } pool on lisanud Teid oma esindaja või abistajana. Nüüd saate menetlust portaalis jälgida.
email-case-trader-reminder-subject = Meeldetuletus: Teie vastuse tähtaeg menetluses { $reference } on { $due }
email-case-trader-reminder-body = Tarbijavaidlus { $reference } ootab endiselt Teie vastust. Palun teatage hiljemalt { $due }, kas osalete; vastuse puudumist loetakse osalemisest keeldumiseks ja menetlus lõpetatakse.
email-case-trader-reminder-new-subject = Meeldetuletus: tarbijavaidlus ootab Teie vastust ({ $reference })
email-case-trader-reminder-new-body = Tarbijavaidlus { $reference } ootab endiselt Teie vastust ja Teie konto on veel seadistamata. Siin on uus ühekordne link (kehtib seitse päeva); varasem link enam ei tööta.
email-case-intake-reminder-subject = Vaidluse { $reference } menetlusse võtmise otsuse tähtaeg läheneb
email-case-intake-reminder-body = Vaidlus { $reference } saabus üle 16 päeva tagasi ja ootab endiselt menetlusse võtmise otsust, mis tuleb teha 21 päeva jooksul vaidluse saamisest.
email-case-outcome-reminder-subject = Menetluse { $reference } tulemuse tähtaeg on { $due }
email-case-outcome-reminder-body = Menetluse { $reference } tulemuse tähtaeg on { $due }. Palun viige menetlus lõpule või, kui vaidlus on keeruline, pikendage tähtaega ühe korra.
intake-near-due = Menetlused, mille tulemuse tähtaeg saabub 14 päeva jooksul või on möödas

## Notification preferences and the daily digest
settings-notifications-title = E-posti teavitused
settings-notifications-intro = Valige iga teate liigi puhul, kas soovite saada e-kirja kohe või ühe kokkuvõtte päevas. Seadusega nõutud teated (kättesaamise kinnitus, keskuse otsus, kaupleja vastus, tähtaja pikendamised ja menetluse tulemused) ning Teile vajalikud lingid saadetakse alati kohe.
notify-category-case-updates = Uuendused Teie menetlustes
notify-category-reminders = Tähtaegade meeldetuletused
notify-mode-immediate = Kohe
notify-mode-digest = Igapäevases kokkuvõttes
settings-notifications-submit = Salvesta teavituste valikud
notice-notifications-saved = Teavituste valikud on salvestatud.
email-digest-subject = Teie igapäevane kokkuvõte Concilia portaalist
email-digest-intro = Pärast eelmist kokkuvõtet on Teie menetlustes toimunud järgmist:
email-digest-settings = Muuda teavitamise viisi

## The shared case file: messages and documents
case-messages = Sõnumid
case-messages-empty = Sõnumeid veel ei ole.
case-documents = Dokumendid
case-documents-empty = Dokumente veel ei ole.
audience-everyone = Kõik menetluse osalised
audience-caucus-consumer = Konfidentsiaalne: tarbija pool ja lepitaja
audience-caucus-trader = Konfidentsiaalne: kaupleja pool ja lepitaja
message-new = uus
field-audience = Kes näeb
field-message = Teie sõnum
hint-message = Saadetud sõnumit ei saa muuta ega kustutada; selle parandamiseks saatke uus sõnum. Lingid muudetakse klikitavaks.
message-submit = Saada sõnum
field-document-title = Pealkiri
hint-document-title = Jätke tühjaks, et kasutada faili nime.
field-document-description = Kirjeldus (valikuline)
field-files = Failid
hint-files = PDF, pildid (PNG, JPEG, WebP, HEIC), tekst, CSV, Word, Excel, OpenDocumenti tekstidokumendid, e-kirjad (EML), MP3, M4A või MP4; iga fail kuni { $mb } MB. Võite valida mitu faili.
upload-submit = Laadi üles
document-uploaded-by = Lisaja
document-size-bytes = { $size } baiti
error-message-too-long = Sõnumis võib olla kuni 20 000 tähemärki.
error-file-too-large = See fail on lubatust suurem.
error-case-files-full = Selles menetluses ei ole rohkem dokumentide jaoks ruumi. Võtke ühendust keskusega.
error-file-empty = See fail on tühi.
error-file-type-mismatch = Faili sisu ei vasta selle nimele. Kontrollige, kas valisite õige faili.
error-file-type = Seda tüüpi faile ei võeta vastu. Saatke PDF, pilt, tekst, kontoridokument, e-kiri või salvestis.
error-file-required = Valige vähemalt üks fail.
notice-message-sent = Teie sõnum on saadetud.
notice-documents-added = Dokumendid on toimikusse lisatud.
notify-category-messages = Uued sõnumid ja dokumendid
email-case-message-subject = Uus sõnum menetluses { $reference }
email-case-message-body = Menetluses { $reference } ootab Teid uus sõnum. Privaatsuse huvides kuvatakse see ainult portaalis. Saate selle kohta portaalis arvamust avaldada { $days } päeva jooksul.
email-case-document-subject = Uus dokument menetluses { $reference }
email-case-document-body = Menetlusse { $reference } on lisatud uus dokument. Saate sellega portaalis tutvuda. Saate selle kohta portaalis arvamust avaldada { $days } päeva jooksul.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = Lohistage failid siia või vajutage nende valimiseks
upload-waiting = Ootel
upload-uploading = Üleslaadimine…
upload-done = Üles laaditud
upload-failed = Üleslaadimine ebaõnnestus. Proovige uuesti.
document-preview = Eelvaade
document-preview-hint = Kui brauser dokumenti siin ei näita, laadige see alla.
document-back-to-case = Tagasi menetluse juurde
document-download = Laadi alla
document-redacted = Varjanud { $name }, { $date }:
document-redact = Varja sisu
document-redact-hint = Asendab dokumendi sisu, näiteks kolmanda isiku isikuandmete eemaldamiseks. Laadige üles varjatud koopia või ärge valige faili, et asendada sisu märkusega. Alles jääb kirje selle kohta, kes, millal ja miks sisu varjas.
field-redacted-copy = Varjatud koopia (valikuline)
document-redacted-note = Keskus eemaldas selle dokumendi sisu { $date }. Põhjus: { $reason }
comment-window = Kuni { $date } võib { $side } avaldada arvamust teise poole viimase esildise kohta (direktiivi 2013/11/EL artikli 9 lõike 1 punkt a).
notice-document-redacted = Dokumendi sisu on varjatud.
event-document-redacted = Dokumendi sisu varjatud
email-case-document-redacted-subject = Menetluse { $reference } dokumendi sisu varjati
email-case-document-redacted-body = Keskus varjas menetluse { $reference } ühe dokumendi sisu. Kirje on nähtav portaalis.

# Hearings
case-hearings = Istungid
case-hearings-empty = Istungit ei ole määratud.
hearing-booked-in = { $local } ({ $zone } ajavööndi järgi)
hearing-cancelled = Tühistatud
hearing-minutes = Protokoll
hearing-private-notes = Teie isiklikud märkmed
hearing-answer = Vasta kutsele
field-hearing-answer = Teie vastus
hearing-answer-attend = Osalen
hearing-answer-another-time = Palun teist aega
hearing-reschedule = Muuda istungi aega
hearing-cancel = Tühista istung
hearing-record-minutes = Koosta protokoll
field-hearing-minutes = Protokoll pooltele
hint-hearing-minutes = Mõlemad pooled saavad seda lugeda.
field-hearing-private-notes = Isiklikud märkmed
hint-hearing-private-notes = Neid näete ainult Teie.
hearing-schedule = Määra istung
field-time = Kellaaeg
field-hearing-time-zone = Ajavöönd
hint-time-zone = Ajavöönd, näiteks Europe/Sofia. Kutse näitab aega iga osaleja enda kalendris.
field-duration-minutes = Kestus minutites
field-hearing-form = Vorm
hearing-form-video = Videokõne
hearing-form-phone = Telefon
hearing-form-in-person = Kohapeal
field-hearing-place = Link, telefoninumber või aadress
hint-hearing-place = Videokõne puhul https://-link, telefoniistungi puhul telefoninumber, kohapealse istungi puhul aadress.
hearings-calendar-title = Minu istungid
hearings-calendar-week = Nädal { $from } kuni { $to }
hearings-calendar-weeks = Nädalad
hearings-calendar-previous = Eelmine nädal
hearings-calendar-this-week = See nädal
hearings-calendar-next = Järgmine nädal
hearings-calendar-empty = Sel nädalal istungeid ei ole.
hearing-when = Millal
hearing-case = Menetlus
nav-hearings = Istungid
error-time-invalid = Sisestage kellaaeg, näiteks 14:30.
error-hearing-time-zone = Sisestage olemasolev ajavöönd, näiteks Europe/Sofia.
error-duration = Sisestage kestus vahemikus 15 kuni 480 minutit.
error-video-link = Sisestage videokõne link, mis algab kujul https://.
error-phone = Sisestage 6–20-kohaline telefoninumber.
error-time-ambiguous = Selles ajavööndis keeratakse sel ajal kella; valige tund varasem või hilisem aeg.
error-hearing-in-past = Istung peab toimuma tulevikus.
error-hearing-overlaps = Teil on sel ajal juba istung.
error-hearing-not-held = Protokolli saab koostada pärast istungi algust.
event-schedule-hearing = Istung määratud
event-reschedule-hearing = Istungi aega muudetud
event-cancel-hearing = Istung tühistatud
event-answer-hearing = Vastus istungi kutsele
event-record-minutes = Istungi protokoll koostatud
email-case-hearing-scheduled-subject = Menetluse { $reference } istung: { $date }
email-case-hearing-scheduled-body = Lepitaja määras menetluses { $reference } istungi ajaks { $date }. Kutse on lisatud, et saaksite selle oma kalendrisse lisada; palun andke portaalis teada, kas osalete.
email-case-hearing-rescheduled-subject = Menetluse { $reference } istungi aeg muutus: { $date }
email-case-hearing-rescheduled-body = Menetluse { $reference } istung viidi üle ajale { $date }. Lisatud kutse uuendab Teie kalendrit; palun andke portaalis teada, kas osalete.
email-case-hearing-cancelled-subject = Menetluse { $reference } istung tühistati
email-case-hearing-cancelled-body = Menetluse { $reference } istung, mis pidi toimuma { $date }, on tühistatud. Manus eemaldab selle Teie kalendrist.
email-case-hearing-answered-subject = Vastus menetluse { $reference } istungi kutsele
email-case-hearing-answered-body = Üks pooltest vastas menetluse { $reference } istungi kutsele.
email-case-hearing-minutes-subject = Menetluse { $reference } istungi protokoll
email-case-hearing-minutes-body = Lepitaja koostas menetluse { $reference } istungi protokolli. Saate seda lugeda portaalis.
email-case-hearing-reminder-subject = Meeldetuletus: menetluse { $reference } istung { $date }
email-case-hearing-reminder-body = Tuletame meelde, et menetluse { $reference } istung toimub { $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = Lõpetatud
nav-obligations = Tähtaja ületanud kohustused
case-settlement = Kokkulepe
proposals-title = Ettepanekud
proposals-empty = Ühtegi ettepanekut ei ole veel tehtud.
proposal-number = Ettepanek { $count }
proposal-by-consumer = tarbija pakkumine
proposal-by-trader = kaupleja pakkumine
proposal-by-mediator = lepitaja pakutud lahendus
proposal-by-blind = summa, milles kinnised pakkumised kokku langesid
proposal-status-open = ootab vastust
proposal-status-withdrawn = tagasi võetud
proposal-status-countered = vastatud vastuettepanekuga
proposal-status-rejected = tagasi lükatud
proposal-status-accepted = kõik on vastu võtnud
proposal-answer-accepted = võttis vastu
proposal-answer-rejected = lükkas tagasi
proposal-revised = muudetud (versioon { $count }) { $date }
proposal-counters = vastuettepanek ettepanekule { $count }
proposal-waived-reflection = loobus järelemõtlemisajast
proposal-item = Punkt { $count }
proposal-new = Tee ettepanek
proposal-answer = Vasta sellele ettepanekule
proposal-accept = Võta vastu
proposal-reject = Lükka tagasi
proposal-revise = Muuda seda ettepanekut
proposal-withdraw = Võta see ettepanek tagasi
field-item-kind = Liik
hint-item-kind = Jätke liik tühjaks, kui Teil seda punkti vaja ei ole.
field-item-side = Kohustatud pool
field-item-action = Toiming
hint-item-action = Toimingu puhul: mida tuleb teha.
field-item-amount = Summa
hint-item-amount = Makse puhul: summa, näiteks 149.90.
field-item-currency = Valuuta
field-item-due-on = Tähtaeg
field-item-description = Üksikasjad
field-proposal-note = Muud tingimused oma sõnadega
field-counters = Vastuseks ettepanekule
hint-counters = Valige ettepanek, millele teete vastuettepaneku, või jätke tühjaks, kui teete uue ettepaneku.
field-proposal-answer = Teie vastus
field-reason-if-rejecting = Põhjus (tagasilükkamisel kohustuslik)
settlement-kind-payment = Makse
settlement-kind-action = Toiming
settlement-action-repair = Parandamine
settlement-action-replacement = Asendamine
settlement-action-return = Kauba tagastamine
settlement-action-refund = Raha tagastamine
settlement-action-apology = Vabandus
settlement-action-other = Muu toiming
settlement-term-payment = Kohustatud pool: { $side }. Maksab { $what } hiljemalt { $due }.
settlement-term-action = Kohustatud pool: { $side }. Toiming: { $what }, hiljemalt { $due }.
solution-new = Paku lahendus
solution-intro = Teie pakutud lahendus ei ole siduv. See võib tugineda ainult sellele, mida mõlemad pooled on näinud: võite viidata kõigiga jagatud sõnumitele ja dokumentidele, kuid mitte kunagi konfidentsiaalsetele.
solution-non-binding = See pakutud lahendus ei ole siduv: kumbki pool võib selle vabalt vastu võtta või tagasi lükata.
solution-reflection-until = Selle saab vastu võtta alates { $date }, kui Te ei loobu järelemõtlemisajast.
solution-read-and-accept = Loe, mida vastuvõtmine tähendab, ja võta vastu
field-cites = Millele lahendus tugineb
hint-cites = Märkige jagatud sõnumid ja dokumendid, millele lahendus tugineb.
cites-empty = Kõigiga ei ole veel midagi jagatud.
solution-page-title = Lepitaja pakutud lahenduse vastuvõtmine
solution-terms = Pakutud lahendus
solution-before-you-accept = Enne vastuvõtmist
solution-info-optional = Te ei ole kohustatud seda lahendust vastu võtma. Võite selle tagasi lükata või lihtsalt mitte vastata.
solution-info-court = Selles menetluses osalemine ei takista Teil pöörduda kohtusse kas nüüd või hiljem, kui Te lahendust vastu ei võta.
solution-info-differ = Pakutud lahendus võib erineda sellest, mille otsustaks õigusnorme kohaldav kohus.
solution-info-effect = Kui mõlemad pooled lahenduse vastu võtavad, muutub see Teile siduvaks kokkuleppeks: peate tegema seda, mis selles on kirjas, selles märgitud tähtaegadeks, ja keskus jälgib, kas kokkulepet täidetakse.
field-solution-informed = Olen selle teabe läbi lugenud ja sellest aru saanud.
field-solution-waive = Ma ei soovi oodata järelemõtlemisaja lõppu.
solution-accept = Võta pakutud lahendus vastu
solution-no-longer-open = Seda pakutud lahendust ei saa enam vastu võtta.
blind-title = Kinnised pakkumised
blind-intro-consumer = Sisestage konfidentsiaalselt väikseim summa, millega oleksite nõus. Kaupleja sisestab suurima summa, mida ta oleks valmis maksma. Kui summad langevad kokku või peaaegu kokku, lahendatakse vaidluse rahaline osa nende keskmise summaga; kui mitte, ei saa kumbki teada teise summat.
blind-intro-trader = Sisestage konfidentsiaalselt suurim summa, mida oleksite valmis maksma. Tarbija sisestab väikseima summa, millega ta oleks nõus. Kui summad langevad kokku või peaaegu kokku, lahendatakse vaidluse rahaline osa nende keskmise summaga; kui mitte, ei saa kumbki teada teise summat.
blind-met-at = Kinnised pakkumised langesid kokku summas { $amount }. Selle maksega ettepanek ootab mõlema poole nõusolekut.
blind-round = Voor { $count } (kokku { $rounds }).
blind-missed-rounds = { $count ->
    [one] Üks voor lõppes, ilma et summad oleksid kokku langenud.
   *[other] { $count } vooru lõppesid, ilma et summad oleksid kokku langenud.
}
blind-your-figure = Teie summa selles voorus: { $amount }.
blind-other-entered = Teine pool on selle vooru summa sisestanud.
blind-waiting = Teine pool ei ole veel oma summat sisestanud.
field-blind-amount-consumer = Väikseim summa, millega oleksite nõus ({ $currency })
field-blind-amount-trader = Suurim summa, mida oleksite valmis maksma ({ $currency })
hint-blind-amount = Seda summat näete ainult Teie.
blind-enter = Sisesta minu summa
blind-no-rounds-left = Kõik kinniste pakkumiste voorud on kasutatud.
agreement-title = Kokkulepe
agreement-recorded = Registreeritud { $date }. Seda ei saa muuta.
agreement-print = Prinditav kokkulepe
agreement-download-text = Kokkulepe tekstina (SHA-256 kontrollimiseks)
agreement-centre = Kohtuvälise vaidluste lahendamise keskus
agreement-case = Menetlus
agreement-consumer = Tarbija
agreement-trader = Kaupleja
agreement-mediator = Lepitaja
agreement-proposal = Ettepanek
agreement-version = versioon
agreement-date = Kokku lepitud
agreement-terms = Tingimused:
agreement-note = Lisatingimused:
agreement-acceptances = Vastu võtnud:
agreement-hash-explained = Ülaltoodud SHA-256 on arvutatud kokkuleppe tekstist täpselt sellisena, nagu see on siin trükitud, UTF-8 kodeeringus lihttekstifailina; portaalist alla laaditud teksti abil saab igaüks seda kontrollida.
agreement-hash-mismatch = Salvestatud tekst ei vasta oma SHA-256 väärtusele: võtke ühendust keskusega.
obligations-title = Kohustused
obligation-status-due = ootab täitmist
obligation-status-done = täidetud, ootab kinnitust
obligation-status-confirmed = kinnitatud
obligation-status-reported = teatatud, et on täitmata
obligation-status-not-honoured = täitmata
obligation-outcome-honoured = täidetud tähtaegselt
obligation-outcome-late = täidetud hilinemisega
obligation-outcome-not-honoured = täitmata
obligation-overdue = tähtaeg ületatud
obligation-done-at = Märgitud täidetuks { $date }
obligation-evidence = tõend
obligation-reported-because = Teatatud, et on täitmata:
obligation-mark-done = Märgi täidetuks
field-obligation-note = Märkus (valikuline)
field-obligation-document = Tõend (valikuline)
hint-obligation-document = Dokument, mida on juba jagatud kõigi menetluse osalistega, näiteks maksekviitung.
obligation-confirm = Jah, on täidetud
obligation-report = Ei, ei ole täidetud
field-reason-if-not-honoured = Põhjus (teatamisel kohustuslik)
obligation-judge = Otsusta selle kohustuse üle
field-obligation-decision = Otsus
obligation-judged-honoured = Siiski täidetud
event-propose = Ettepanek tehtud
event-withdraw-proposal = Ettepanek tagasi võetud
event-answer-proposal = Ettepanekule vastatud
event-blind-offer = Kinnine pakkumine sisestatud
event-settle = Lahendatud: kokkulepe registreeritud
event-mark-done = Kohustus märgitud täidetuks
event-answer-obligation = Kohustuse täitmine kinnitatud või teatatud täitmata jätmisest
event-judge-obligation = Keskus tegi kohustuse kohta otsuse
event-close-compliance = Lõpetatud: kõik kohustused on lahendatud
overdue-title = Tähtaja ületanud kohustused
overdue-caption = Kokkulepetest tulenevad kohustused, mille tähtaeg on möödunud, vanimad eespool
overdue-case = Menetlus
overdue-obligation = Kohustus
overdue-due = Tähtaeg
overdue-days-late = Päevi hilinenud
overdue-status = Seis
overdue-empty = Tähtaja ületanud kohustusi ei ole.
non-compliance-title = Kauplejad, kes ei täitnud kokkulepet
non-compliance-intro = Need kauplejad ei täitnud kokkulepet, mis sõlmiti keskuses viimase 12 kuu jooksul. Kaupleja eemaldatakse loendist, kui ta kokkulepet täidab, või 12 kuu möödudes.
non-compliance-caption = Kauplejad ja täitmata kohustuste arv
non-compliance-count = Täitmata kohustused
non-compliance-empty = Loendis ei ole ühtegi kauplejat.
error-amount-zero = Summa peab olema suurem kui null.
error-due-in-past = Tähtaeg ei saa olla varasem kui tänane päev.
error-proposal-no-items = Lisage vähemalt üks punkt: makse või toiming.
error-proposal-withdrawn = See ettepanek on tagasi võetud.
error-proposal-countered = Sellele ettepanekule on vastatud vastuettepanekuga; vastake hoopis vastuettepanekule.
error-proposal-rejected = See ettepanek on tagasi lükatud.
error-proposal-accepted = See ettepanek on juba vastu võetud.
error-proposal-changed = Seda ettepanekut on pärast selle avamist muudetud. Lugege uus versioon läbi ja vastake uuesti.
error-already-accepted = Teie pool on selle versiooni juba vastu võtnud.
error-must-confirm-information = Kinnitage, et olete ülaltoodud teabe läbi lugenud.
error-reflection-period = Järelemõtlemisaeg ei ole veel lõppenud. Märkige ruut, kui soovite sellest loobuda, või tulge hiljem tagasi.
error-cites-not-shared = Pakutud lahendus võib viidata ainult sõnumitele ja dokumentidele, mida mõlemad pooled on näinud.
error-comment-window-open = Pool võib veel avaldada arvamust selle kohta, mida teine pool esitas. Pakkuge lahendus välja pärast arvamuse avaldamise tähtaja lõppu.
error-blind-met = Kinnised pakkumised on juba kokku langenud.
error-blind-no-rounds = Kõik kinniste pakkumiste voorud on kasutatud.
error-blind-entered = Olete selle vooru summa juba sisestanud.
error-obligation-not-due = See kohustus ei oota täitmist.
error-obligation-settled = See kohustus on juba lahendatud.
error-obligation-not-yet-due = Täitmata jätmisest saab teatada pärast tähtaja möödumist või pärast seda, kui kohustus on märgitud täidetuks.
error-obligation-not-marked-done = Seda saab kinnitada, kui teine pool on märkinud selle täidetuks. Kui see täideti ilma selleta, teatage sellest: keskus otsustab.
error-obligation-not-decidable = See otsus ei sobi kohustuse praeguse seisuga.
email-case-proposal-subject = Uus kokkuleppe ettepanek menetluses { $reference }
email-case-proposal-body = Teine pool tegi menetluses { $reference } kokkuleppe ettepaneku. Portaalis saate selle vastu võtta, tagasi lükata või teha vastuettepaneku.
email-case-solution-proposed-subject = Lepitaja pakub menetluses { $reference } lahenduse
email-case-solution-proposed-body = Lepitaja pakkus menetluses { $reference } välja lahenduse. See ei ole siduv: lugege portaalis nii lahendust kui ka seda, mida selle vastuvõtmine tähendab.
email-case-proposal-revised-subject = Menetluses { $reference } muudeti ettepanekut
email-case-proposal-revised-body = Menetluses { $reference } muudeti kokkuleppe ettepanekut. Varasemad nõusolekud uuele versioonile ei laiene.
email-case-proposal-withdrawn-subject = Menetluses { $reference } võeti ettepanek tagasi
email-case-proposal-withdrawn-body = Menetluses { $reference } võeti kokkuleppe ettepanek tagasi.
email-case-proposal-accepted-subject = Menetluses { $reference } võeti ettepanek vastu
email-case-proposal-accepted-body = Üks pooltest võttis menetluses { $reference } kokkuleppe ettepaneku vastu.
email-case-proposal-rejected-subject = Menetluses { $reference } lükati ettepanek tagasi
email-case-proposal-rejected-body = Üks pooltest lükkas menetluses { $reference } kokkuleppe ettepaneku tagasi. Põhjus on nähtav portaalis.
email-case-blind-offer-subject = Menetluses { $reference } ootab kinnine pakkumine
email-case-blind-offer-body = Teine pool sisestas menetluses { $reference } oma konfidentsiaalse summa. Sisestage oma summa, et näha, kas summad langevad kokku.
email-case-blind-met-subject = Menetluses { $reference } langesid kinnised pakkumised kokku
email-case-blind-met-body = Konfidentsiaalsed summad menetluses { $reference } langesid kokku: vaidluse rahaline osa lahendatakse summaga { $amount }. Kokkuleppe registreerimiseks võtke ettepanek portaalis vastu.
email-case-blind-missed-subject = Menetluses { $reference } kinnised pakkumised kokku ei langenud
email-case-blind-missed-body = Konfidentsiaalsed summad menetluses { $reference } kokku ei langenud. Kumbki pool ei saa teada teise summat. { $count ->
    [0] Rohkem voore ei ole jäänud.
    [one] Jäänud on üks voor.
   *[other] Jäänud on { $count } vooru.
}
email-case-settled-subject = Kokkulepe menetluses { $reference }
email-case-settled-body = Mõlemad pooled võtsid vastu sama ettepaneku: menetluses { $reference } on saavutatud kokkulepe. Kokkulepe on lisatud; selle SHA-256 on { $sha256 }.
email-case-obligation-done-subject = Menetluses { $reference } märgiti kohustus täidetuks
email-case-obligation-done-body = Teine pool teatab, et on teinud seda, mida menetluses { $reference } sõlmitud kokkulepe nõuab. Kinnitage see portaalis või teatage, et kohustus on täitmata.
email-case-obligation-confirmed-subject = Menetluses { $reference } kinnitati kohustuse täitmine
email-case-obligation-confirmed-body = Teine pool kinnitas, et menetluses { $reference } sõlmitud kokkuleppest tulenev kohustus on täidetud.
email-case-obligation-reported-subject = Menetluses { $reference } teatati kohustuse täitmata jätmisest
email-case-obligation-reported-body = Teatati, et menetluses { $reference } sõlmitud kokkuleppest tulenev kohustus on täitmata. Keskus uurib asja.
email-case-obligation-decided-subject = Keskus tegi menetluses { $reference } kohustuse kohta otsuse
email-case-obligation-decided-body = Keskus otsustas, kas menetluses { $reference } sõlmitud kokkuleppest tulenev kohustus on täidetud. Otsus on nähtav portaalis.
email-case-obligation-due-soon-subject = Kohustuse tähtaeg on { $due } ({ $reference })
email-case-obligation-due-soon-body = Menetluses { $reference } sõlmitud kokkuleppest tuleneva kohustuse tähtaeg on { $due }. Kui kohustus on täidetud, märkige see portaalis täidetuks.
email-case-obligation-overdue-subject = Menetluses { $reference } on kohustuse tähtaeg ületatud
email-case-obligation-overdue-body = Menetluses { $reference } sõlmitud kokkuleppest tuleneva kohustuse tähtaeg oli { $due } ja selle täitmist ei ole kinnitatud.
email-case-compliance-closed-subject = Menetlus { $reference } on lõpetatud
email-case-compliance-closed-body = Kõik menetluses { $reference } sõlmitud kokkuleppest tulenevad kohustused on lahendatud ja menetlus on lõpetatud.

## Aruanded (direktiiv 2013/11/EL, Art. 7(2) ja 19(3)), koolituste register, kaupleja näitajad, jooksev ülevaade
nav-reports = Aruanded
notice-report-texts-saved = Keskuse tekstid selle aruande jaoks on salvestatud.
notice-training-added = Koolitus on lisatud Teie koolituste registrisse.
report-kind-annual = Iga-aastane tegevusaruanne
report-kind-biennial = Iga kahe aasta järel asutusele esitatav aruanne
report-title-annual = Iga-aastane tegevusaruanne
report-title-biennial = Iga kahe aasta järel pädevale asutusele esitatav aruanne
report-field-kind = Aruanne
report-field-from = Alates
report-field-to = Kuni
report-show = Näita aruannet
report-period = Periood: { $from } kuni { $to } (päevad on arvestatud UTC järgi).
report-compared = Võrreldes perioodiga { $from } kuni { $to }.
report-downloads = Laadige samad andmed alla:
report-scope-note = Siseriiklikud vaidlused on need, mille puhul tarbija elab riigis, kus kaupleja on asutatud; kõik ülejäänud on piiriülesed vaidlused. Iga näitaja on esitatud mõlema kohta eraldi ja kõigi vaidluste kohta kokku.
report-scope-domestic = Siseriiklikud
report-scope-cross-border = Piiriülesed
report-scope-all = Kõik
report-measure-count = Arv
report-measure-percent = %
report-measure-previous = Eelmine periood
report-measure-change = Muutus
report-measure-mean-days = Keskmine (päeva)
report-measure-median-days = Mediaan (päeva)
report-measure-p90-days = 90. protsentiil (päeva)
report-none = Sel perioodil ei ole.
report-total-received = Saabunud vaidlused
report-total-refused = Menetlusse võtmata jäetud vaidlused
report-total-resolved = Tulemusega lõppenud menetlused
report-total-solutions-accepted = Pakutud lahendused, mille mõlemad pooled vastu võtsid
report-total-ended = Lõppenud menetlused
report-total-obligations = Kaupleja lahendatud kohustused
report-total-discontinued = Enne tulemust katkestatud
report-total-complied = Täidetud (tähtaegselt või hilinemisega)
report-a-title = (a) Saabunud vaidlused ja kaebuste liigid
report-a-sectors = Saabunud vaidlused tegevusalade kaupa
report-a-problems = Saabunud vaidlused probleemi liigi kaupa
report-b-title = (b) Süstemaatilised või olulised probleemid
report-b-intro = Kauplejad, tegevusalad ja probleemiliigid, mille kohta saabus kõige rohkem vaidlusi, võrrelduna eelmise perioodiga.
report-b-traders = Kauplejad, kelle kohta on kõige rohkem vaidlusi
report-b-sectors = Tegevusalad, kus on kõige rohkem vaidlusi
report-b-problems = Probleemiliigid, mille kohta on kõige rohkem vaidlusi
report-recommendations = Keskuse soovitused nende probleemide vältimiseks või lahendamiseks
report-text-empty = Keskus ei ole selle perioodi kohta seda teksti veel kirjutanud.
report-c-title = (c) Menetlusse võtmata jäetud vaidlused
report-c-grounds = Menetlusse võtmata jätmised aluste kaupa (Art. 5(4))
report-d-title = (d) Tulemused
report-d-intro = Menetlused, mis lõppesid perioodil tulemusega: pooled lahendasid vaidluse omavahelisel kokkuleppel või menetlus lõppes lepitaja pakutud lahendusega, mida arvestatakse selle järgi, kelle kasuks see on (olenemata sellest, kas pooled selle vastu võtsid).
report-d-outcomes = Tulemusega lõppenud menetluste tulemused
report-outcome-amicable = Lahendatud poolte omavahelisel kokkuleppel
report-outcome-consumer = Lahendus tarbija kasuks
report-outcome-partly = Lahendus osaliselt tarbija kasuks
report-outcome-trader = Lahendus kaupleja kasuks
report-outcome-no-solution = Lahendamata, lahendust ei pakutud
report-e-title = (e) Katkestatud menetlused
report-e-discontinued = Enne tulemust katkestatud menetluste osakaal
report-e-endings = Kuidas menetlused lõppesid
report-ending-settled = Lahendatud kokkuleppega
report-ending-not-settled = Lõpetatud kokkuleppeta
report-ending-withdrawn-consumer = Tarbija loobus menetlusest
report-ending-withdrawn-trader = Kaupleja loobus menetlusest
report-ending-trader-declined = Kaupleja keeldus osalemast
report-ending-deemed-refusal = Loetud keeldumiseks (kaupleja ei vastanud)
report-f-title = (f) Vaidluste lahendamiseks kulunud aeg
report-f-intro = Perioodil tulemusega lõppenud menetluste puhul arvestatuna vaidluse saabumise päevast ja toimiku täielikuks muutumise päevast; lisaks aeg, mis kulus kauplejal keskuse kutsele vastamiseks.
report-duration-from-receipt = Saabumisest tulemuseni
report-duration-from-complete = Täielikust toimikust tulemuseni
report-duration-trader-response = Kutsest kaupleja vastuseni
report-g-title = (g) Tulemuste täitmine
report-g-intro = Kaupleja kokkulepetest tulenevad kohustused, mille lõplik seis selgus perioodil.
report-g-complied = Täitmise määr
report-g-compliance = Kohustused täitmise viisi järgi
report-compliance-honoured = Täidetud tähtaegselt
report-compliance-late = Täidetud hilinemisega
report-compliance-not-honoured = Täitmata
report-h-title = (h) Koostöö vaidluste kohtuvälise lahendamise üksuste võrgustikes, mis hõlbustavad piiriüleste vaidluste lahendamist
report-training-title = Lepitajate ja töötajate koolitus
report-training-total = Tunde kokku
report-training-empty = Selle perioodi kohta ei ole koolitusi registreeritud.
report-assessment = Keskuse hinnang oma tõhususele ja selle parandamise võimalustele
report-texts-title = Keskuse tekstid
report-texts-intro = Neid tekste säilitatakse koos selle perioodi aruandega. Eraldage lõigud tühja reaga.
report-texts-save = Salvesta tekstid
error-report-period-order = Lõppkuupäev ei tohi olla alguskuupäevast varasem.
error-report-period-long = Aruanne hõlmab kõige rohkem kümmet aastat.
training-title = Koolituste register
training-intro = Registreerige läbitud koolitused. Need loetletakse iga kahe aasta järel asutusele esitatavas aruandes.
training-empty = Ühtegi koolitust ei ole veel registreeritud.
training-add = Lisa koolitus
training-field-person = Isik
training-field-title = Koolitus
training-field-provider = Koolitaja
training-field-started-on = Esimene päev
training-field-ended-on = Viimane päev
training-field-hours = Tunnid
training-hours-hint = Näiteks 7,5
error-training-end-before-start = Viimane päev ei tohi olla esimesest päevast varasem.
error-training-in-future = Registreerige koolitus alles pärast selle lõppu.
error-training-hours = Sisestage tundide arv: rohkem kui 0 ja kõige rohkem ühe kümnendkohaga, näiteks 7,5.
figures-title = Meie vaidluste näitajad
figures-intro = Teie ettevõttega seotud vaidlused, mida keskus sel perioodil menetles, siseriiklikud ja piiriülesed eraldi.
figures-disputes = Vaidlused
figures-response = Vastamisajad
figures-outcomes = Tulemused
live-title = Keskus täna
live-failed-mail = Edastamata e-kirjad: { $count }
live-by-state = Pooleliolevad menetlused seisu järgi
live-intake = Menetlusse võtmise otsused, mille tähtaeg saabub viie päeva jooksul või on möödas (3 nädalat)
live-trader = Kauplejate vastused, mille tähtaeg saabub viie päeva jooksul või on möödas
live-outcome = Tulemused, mille tähtaeg saabub 14 päeva jooksul või on möödas (90 päeva)
live-due-on = Tähtaeg
live-workload = Lepitajate töökoormus
live-mediator = Lepitaja
live-open-cases = Pooleliolevad menetlused
live-in-mediation = Lepitusel

# issue 16: input at the edge
error-amount-decimals = Summas on rohkem kümnendkohti, kui valuutal on (EUR-il kaks, JPY-l mitte ühtegi).
error-date-too-old = See kuupäev on rohkem kui kümne aasta tagune.
error-date-too-far = See kuupäev on liiga kaugel: kõige rohkem kaks aastat tänasest.
error-date-report-range = Sisestage kuupäev 1. jaanuarist 2000 kuni järgmise aasta lõpuni.
error-date-calendar-range = Sisestage kuupäev aastast 2000 kuni kümne aasta pärast.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = See aadress kuulub kontole, mis ei saa menetluses selle poole nimel tegutseda.
signin-throttled-other-way = Kui see on Teie konto, ei pea Te ootama: saame saata Teile e-kirjaga lingi uue parooli valimiseks ja seejärel saate kohe sisse logida.
signin-throttled-reset-link = Saatke mulle link uue parooli valimiseks
email-signup-existing-subject = Keegi proovis Teie aadressiga kontot luua
email-signup-existing-body = Keegi proovis selle e-posti aadressiga luua uut Concilia kontot. Sellel aadressil on juba konto, seega teist kontot ei loodud ja Teie kontol ei muutunud midagi.
email-signup-existing-signin = Logi minu kontole sisse
email-signup-existing-reset = Unustasite parooli? Valige siin uus
email-signup-existing-ignore = Kui see polnud Teie, võite selle e-kirja tähelepanuta jätta: ilma Teie paroolita ei saa keegi Teie kontot kasutada.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = Saadetavad andmed lakkasid saabumast, seega neist ei salvestatud midagi. Kontrollige ühendust ja saatke uuesti.
error-page-too-many-uploads = Teil on juba mitu üleslaadimist pooleli. Oodake, kuni need lõpevad, ja proovige uuesti.
error-page-form-pending = See vorm on juba saadetud ja seda alles töödeldakse. Oodake hetk ja laadige leht uuesti, et tulemust näha.
error-too-many-files = Ühes üleslaadimises on liiga palju faile. Midagi ei salvestatud: saatke need väiksemate kaupa.
error-case-documents-full = Selles menetluses on juba suurim lubatud arv dokumente. Midagi ei salvestatud. Võtke ühendust keskusega.

# issue 17: coded values
case-role-consumer = Tarbija
case-role-trader = Kaupleja
case-role-mediator-pending = Lepitaja (huvide konflikti puudumise kinnitus ootel)
case-role-mediator = Lepitaja
case-role-staff = Keskuse töötaja
case-role-system = Portaal (automaatselt)
favours-consumer = tarbija kasuks
favours-partly = osaliselt kummagi poole kasuks
favours-trader = kaupleja kasuks
hearing-status-scheduled = planeeritud
hearing-status-cancelled = tühistatud

## The case workspace
case-sections = Menetluse osad
case-tab-overview = Ülevaade
case-tab-messages = Sõnumid
case-tab-documents = Dokumendid
case-tab-hearings = Istungid
case-tab-settlement = Kokkulepe
case-tab-history = Ajalugu
case-tab-new = { $count ->
    [one] { $count } uus
   *[other] { $count } uut
}
document-file = Fail
next-title = Mis edasi saab
next-due = { $days ->
    [one] Tähtaeg { $date }: jäänud { $days } päev
   *[other] Tähtaeg { $date }: jäänud { $days } päeva
}
next-due-today = Tähtaeg on täna, { $date }
next-due-overdue = { $days ->
    [one] Tähtaeg oli { $date }: { $days } päev üle
   *[other] Tähtaeg oli { $date }: { $days } päeva üle
}
next-who-mediator = Lepitaja
next-who-parties = Mõlemad pooled
next-other-steps = Muud sammud, mida saate teha
next-task-check-file = { $yours ->
    [yes] Kontrollige, kas toimik on täielik, või küsige tarbijalt puuduvat.
   *[other] { $who } kontrollib, kas toimik on täielik.
}
next-task-provide-info = { $yours ->
    [yes] Saatke keskusele küsitud teave.
   *[other] { $who } peab saatma keskuse küsitud teabe.
}
next-task-decide = { $yours ->
    [yes] Võtke juhtum menetlusse või keelduge põhjendusega.
   *[other] { $who } otsustab, kas juhtum võetakse menetlusse.
}
next-task-trader-answer = { $yours ->
    [yes] Vastake vaidlusele: osalege menetluses või keelduge.
   *[other] { $who } peab vastama: osalema menetluses või keelduma.
}
next-task-negotiate = { $yours ->
    [yes] Püüdke teise poolega otse kokku leppida: tehke pakkumine või paluge lepitajat.
   *[other] Pooled püüavad otse kokku leppida.
}
next-task-decide-objection = { $yours ->
    [yes] Otsustage lepitaja vastu esitatud vastuväide.
   *[other] { $who } otsustab lepitaja vastu esitatud vastuväite.
}
next-task-assign-mediator = { $yours ->
    [yes] Määrake juhtumile lepitaja.
   *[other] { $who } määrab lepitaja.
}
next-task-declare = { $yours ->
    [yes] Kinnitage, et teil puudub pooltega huvide konflikt, või loobuge juhtumist.
   *[other] { $who } peab kinnitama, et tal puudub pooltega huvide konflikt.
}
next-task-answer-proposal = { $yours ->
    [yes] Vastake ettepanekule: nõustuge või lükake tagasi.
   *[other] { $who }: oodatakse vastust ettepanekule.
}
next-task-mediate = { $yours ->
    [yes] Juhtige lepitust: korraldage istung või pakkuge lahendus.
   *[other] { $who } juhib lepitust tulemuse poole.
}
next-task-honour = { $yours ->
    [yes] Tehke, mida kokkulepe ette näeb, ja märkige see tehtuks.
   *[other] { $who } peab tegema, mida kokkulepe ette näeb.
}
next-task-confirm = { $yours ->
    [yes] Kinnitage, et kokkulepitu on tehtud, või teatage, et ei ole.
   *[other] { $who } peab kinnitama, et kokkulepitu on tehtud.
}
next-task-judge-obligation = { $yours ->
    [yes] Otsustage, kas kokkulepet täideti.
   *[other] { $who } otsustab, kas kokkulepet täideti.
}
next-task-ended = Menetlus on lõppenud: kelleltki ei oodata enam midagi.
next-action-propose = Tehke ettepanek
next-action-answer-proposal = Vastake ettepanekule
next-action-schedule-hearing = Määrake istung
next-action-answer-hearing = Vastake istungi kutsele
next-action-mark-done = Märkige oma kohustus täidetuks
next-action-answer-obligation = Kinnitage, et see on tehtud
next-action-judge-obligation = Otsustage teatatud kohustus
case-compliance-honoured = Kokkulepe saavutati ja seda täideti.
case-compliance-late = Kokkulepe saavutati ja seda täideti hilinemisega.
case-compliance-not-honoured = Kokkulepe saavutati, kuid seda ei täidetud.
case-ended-on = Lõppes { $date }
dashboard-waiting-for-you = Ootab teie tegevust
dashboard-nothing-for-you = Praegu ei oota teilt midagi.
dashboard-waiting-for-others = Ootab teiste tegevust
dashboard-hearings-week = Istungid järgmise seitsme päeva jooksul
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar.
history-actor = { $who ->
    [mediator] Lepitaja
    [centre] Keskus
    [system] Concilia
   *[person] { $name }
}
history-someone = Keegi
history-submit = { $actor } esitas vaidluse, mille viitenumber on { $reference }.
history-request-info = { $actor } küsis lisateavet.
history-provide-info = { $actor } saatis küsitud teabe.
history-mark-complete = { $actor } leidis, et toimik on täielik: tulemus on oodata hiljemalt { $due }.
history-accept = { $actor } võttis vaidluse menetlusse ja palus kauplejal vastata hiljemalt { $due }.
history-refuse = { $actor } jättis vaidluse menetlusse võtmata. Põhjus: { $ground }
history-join = { $actor } nõustus kaupleja nimel menetluses osalema.
history-decline = { $actor } keeldus kaupleja nimel menetluses osalemast.
history-deemed-refusal = Kaupleja ei vastanud hiljemalt { $due }, seega loetakse, et ta keeldus menetluses osalemast.
history-request-mediation = { $actor } taotles lepitust.
history-end-negotiation = Otseläbirääkimiste aeg sai läbi ilma kokkuleppeta, seega algas lepitus.
history-assign-mediator = { $actor } määras lepitaja: { $mediator }.
history-declare-no-conflict = { $actor } kinnitas, et tal ei ole kummagi poolega huvide konflikti.
history-decline-assignment = { $actor } keeldus selles asjas lepitajaks olemast.
history-object = { $actor } esitas lepitaja kohta vastuväite.
history-decide-objection = { $upheld ->
    [yes] { $actor } rahuldas vastuväite: lepitaja enam seda asja ei menetle.
   *[no] { $actor } jättis vastuväite rahuldamata: lepitaja jätkab asja menetlemist.
}
history-extend = { $actor } pikendas tulemuse tähtaega kuni { $due }.
history-close-not-settled = { $actor } lõpetas menetluse ilma kokkuleppeta.
history-withdraw = { $actor } loobus menetlusest.
history-mark-complex = { $actor } märkis vaidluse keeruliseks.
history-log-correspondence = { $direction ->
    [incoming] { $actor } registreeris { $date } saabunud kirja.
   *[outgoing] { $actor } registreeris { $date } saadetud kirja.
}
history-add-member = { $capacity ->
    [assistant] { $actor } lisas asja juurde abistaja: { $member }.
   *[representative] { $actor } lisas asja juurde esindaja: { $member }.
}
history-link-group = { $actor } sidus selle asja seotud asjaga { $linked }.
history-schedule-hearing = { $actor } määras istungi ajaks { $starts }.
history-reschedule-hearing = { $actor } muutis istungi aega, uus aeg on { $starts }.
history-cancel-hearing = { $actor } tühistas istungi.
history-answer-hearing = { $answer ->
    [attend] { $actor } osaleb istungil.
    [another_time] { $actor } palus istungiks muud aega.
   *[hidden] { $actor } vastas istungi kutsele.
}
history-record-minutes = { $actor } koostas istungi protokolli.
history-propose = { $kind ->
    [solution] { $actor } tegi ettepaneku vaidluse lahendamiseks.
    [counter] { $actor } tegi vastupakkumise.
    [revised] { $actor } muutis ettepanekut.
   *[offer] { $actor } tegi kokkuleppeettepaneku.
}
history-withdraw-proposal = { $actor } võttis kokkuleppeettepaneku tagasi.
history-answer-proposal = { $decision ->
    [accepted] { $of ->
        [solution] { $actor } nõustus lepitaja lahendusettepanekuga.
        [blind] { $actor } nõustus summaga, milles kinnised pakkumised kokku said.
       *[offer] { $actor } nõustus ettepanekuga.
    }
   *[rejected] { $of ->
        [solution] { $actor } lükkas lepitaja lahendusettepaneku tagasi.
        [blind] { $actor } lükkas tagasi summa, milles kinnised pakkumised kokku said.
       *[offer] { $actor } lükkas ettepaneku tagasi.
    }
}
history-blind-offer = { $outcome ->
    [met] { $actor } sisestas { $round }. voorus kinnise pakkumise; pakkumised said kokku summas { $amount }.
    [apart] { $actor } sisestas { $round }. voorus kinnise pakkumise; pakkumised jäid teineteisest liiga kaugele.
   *[waiting] { $actor } sisestas { $round }. voorus kinnise pakkumise.
}
history-settle = Pooled jõudsid kokkuleppele ja see registreeriti.
history-mark-done = { $kind ->
    [payment] { $actor } teatas, et makse summas { $amount } on tehtud.
   *[action] { $actor } teatas, et kokkulepitud toiming ({ $action }) on tehtud.
}
history-answer-obligation = { $decision ->
    [confirm] { $kind ->
        [payment] { $actor } kinnitas, et makse summas { $amount } on tehtud.
       *[action] { $actor } kinnitas, et kokkulepitud toiming ({ $action }) on tehtud.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } teatas, et makse summas { $amount } on tegemata.
       *[action] { $actor } teatas, et kokkulepitud toiming ({ $action }) on tegemata.
    }
}
history-judge-obligation = { $decision ->
    [honoured] { $kind ->
        [payment] { $actor } otsustas, et makse summas { $amount } on tehtud.
       *[action] { $actor } otsustas, et kokkulepitud toiming ({ $action }) on tehtud.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } otsustas, et makse summas { $amount } on tegemata.
       *[action] { $actor } otsustas, et kokkulepitud toiming ({ $action }) on tegemata.
    }
}
history-close-compliance = Kõik kokkuleppest tulenevad kohustused on lahendatud, seega menetlus on lõpetatud.
history-document-redacted = { $known ->
    [yes] { $actor } asendas dokumendi „{ $title }” varjatud sisuga koopiaga.
   *[no] { $actor } asendas ühe dokumendi varjatud sisuga koopiaga.
}
## Dates
date-deadline-today = { $date } (tähtaeg täna)
date-deadline-left = { $date } ({ $days ->
    [one] jäänud { $days } päev
   *[other] jäänud { $days } päeva
})
date-deadline-overdue = { $date } ({ $days ->
    [one] { $days } päev üle tähtaja
   *[other] { $days } päeva üle tähtaja
})
agreement-back = Tagasi menetluse { $reference } juurde
