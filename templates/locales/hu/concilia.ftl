# Concilia — magyar.
# Minden szövegnek, amelyet a felhasználó lát, saját üzenete van. Fordítóknak: az azonosítókat hagyják változatlanul, csak a szöveget fordítsák.

app-name = Concilia
yes = Igen
no = Nem

## Navigáció és elrendezés
nav-skip = Ugrás a fő tartalomra
nav-label = Főmenü
nav-dashboard = Áttekintés
nav-organisations = Vállalkozások
nav-users = Felhasználók
nav-outbox = Kimenő levelek
nav-account = Fiókom
nav-signin = Bejelentkezés
nav-signup = Fiók létrehozása
nav-signout = Kijelentkezés
language-label = Nyelv
language-switch = Módosítás
footer-text = A Concilia független vitarendezési szolgáltatás. A fogyasztók számára ingyenes, és nem áll egyik fél oldalára sem.
list-next-page = Következő oldal

## Egy művelet után megjelenő értesítések
notice-signed-out = Ön kijelentkezett.
notice-email-verified = Köszönjük, e-mail-címét sikeresen megerősítette.
notice-password-reset = Jelszava megváltozott. Mostantól ezzel jelentkezhet be.
notice-password-changed = Jelszava megváltozott. A többi eszközén kijelentkeztettük.
notice-email-change-sent = Linket küldtünk az új e-mail-címére. A cím akkor módosul, amikor megnyitja a linket.
notice-email-changed = E-mail-címe megváltozott.
notice-verification-sent = Új megerősítő linket küldtünk Önnek.
notice-reset-sent = Ha ehhez a címhez tartozik fiók, elküldtük rá az új jelszó megadásához szükséges linket. A link egy óráig érvényes.
notice-invitation-accepted = Fiókja elkészült. Jelentkezzen be az új jelszavával.
notice-organisation-created = A vállalkozást felvettük.
notice-invitation-sent = A meghívót elküldtük.
notice-user-disabled = A fiókot letiltottuk, és minden eszközön kijelentkeztettük.
notice-user-enabled = A fiók ismét aktív.
notice-language-saved = Nyelvi beállítását elmentettük.
notice-mail-requeued = Az üzenetet hamarosan újra elküldjük.
notice-signed-up = Köszönjük. E-mailt küldtünk a megadott címre; a benne lévő hivatkozással erősítheti meg a címet. Most már bejelentkezhet a választott jelszavával.

verify-banner = Kérjük, erősítse meg e-mail-címét a linkkel, amelyet a következő címre küldtünk: { $email }.
verify-resend = Link újraküldése

## Kezdőlap
home-title = Rendezze vitáját a vállalkozással bírósági eljárás nélkül
home-lead = A Concilia alternatív vitarendezési (AVR) központ. Ha Ön és egy vállalkozás nem tudnak megegyezni egy vásárlással kapcsolatban, egy független közvetítő segít Önöknek méltányos megoldásra jutni.
home-cta = Panasz benyújtása
home-have-account = Már van fiókom
home-who-title = Ki veheti igénybe a Concilia szolgáltatását
home-who-body = Minden fogyasztó, aki magáncélra vásárolt árut vagy szolgáltatást egy vállalkozástól, akár személyesen, akár online, abban az esetben is, ha a vállalkozás egy másik uniós tagállamban működik. Vállalkozások itt nem indíthatnak eljárást fogyasztóval szemben.
home-first-title = Először forduljon panaszával a vállalkozáshoz
home-first-body = Mielőtt hozzánk fordulna, a problémával először a vállalkozást kell megkeresnie, és lehetőséget kell adnia neki annak orvoslására. Őrizze meg a válaszát, vagy ha nem válaszolt, jegyezze fel, mikor írt neki: ezt kérni fogjuk.
home-cost-title = Mennyibe kerül
home-cost-body = A fogyasztóknak semmibe. Az eljárás díjmentes, és nincs szükség ügyvédre.
home-time-title = Mennyi ideig tart
home-time-body = Három héten belül tájékoztatjuk, hogy befogadjuk-e a panaszát; elutasítás esetén indoklással. Amint a panaszához tartozó iratanyag hiánytalan, az eljárás 90 napon belül lezárul, és az eredményről írásban értesítjük.
home-steps-title = Az eljárás menete lépésről lépésre
home-step-1 = Ön fiókot hoz létre, és ismerteti a vitát: megadja, melyik vállalkozásról van szó, mit vásárolt, mikor tett panaszt és mi volt a válasz, valamint mit kér, és csatolja a bizonyítékait.
home-step-2 = Ellenőrizzük, hogy az iratanyag hiánytalan-e, és hogy eljárhatunk-e az ügyben, majd indoklással befogadjuk vagy elutasítjuk a panaszt.
home-step-3 = Felhívjuk a vállalkozást, hogy válaszoljon. Önök láthatják egymás érveit és bizonyítékait.
home-step-4 = Egy közvetítő írásban vagy meghallgatás keretében segít mindkét félnek, és egyezségi javaslatot tehet.
home-step-5 = Az eredményt írásban kapja meg. Ha egyezség születik, azt rögzítjük, és azt is nyilvántartjuk, hogy teljesítették-e.
home-withdraw = Az eljárásból bármikor visszaléphet. A Concilia igénybevétele nem akadályozza meg abban, hogy később bírósághoz forduljon.

## Áttekintő oldalak
dashboard-welcome = Üdvözöljük, { $name }!
dashboard-consumer-empty-title = Még nincs ügye
dashboard-consumer-empty-body = Ha panaszát hozzánk benyújtja, itt jelenik meg, az állapotával és a következő lépéssel együtt. Előtte győződjön meg arról, hogy már panaszt tett a vállalkozásnál, és megőrizte a válaszát.
dashboard-trader-org = Ön a következő vállalkozás nevében jár el: { $organisation }.
dashboard-trader-empty-title = Nincs az Ön vállalkozását érintő ügy
dashboard-trader-empty-body = Ha egy fogyasztó vitát kezdeményez az Ön vállalkozásával szemben, itt és e-mailben kérjük fel válaszadásra.
dashboard-mediator-empty-title = Önhöz még nem osztottak ki ügyet
dashboard-mediator-empty-body = Ha a központ ügyet oszt ki Önnek, az itt jelenik meg a határidőkkel együtt.
dashboard-admin-title = A központ adminisztrációja
dashboard-admin-body = Vegye fel a központtal együttműködő vállalkozásokat, hívja meg munkatársaikat, és hívjon meg közvetítőket.

## Űrlapmezők
field-name = Teljes név
field-email = E-mail-cím
field-password = Jelszó
field-new-password = Új jelszó
field-password-confirm = Jelszó még egyszer
field-current-password = Jelenlegi jelszó
field-new-email = Új e-mail-cím
field-language = A portál és az e-mailek nyelve
field-org-name = A vállalkozás neve
field-registration-number = Cégjegyzékszám
field-contact-email = E-mail-cím a panaszok fogadására
field-sector = Ágazat
field-is-member = A központ tagvállalkozása
hint-password = Legalább 12 karakter. Egy több szóból álló mondatot könnyű megjegyezni, de nehéz kitalálni.

## Űrlaphibák
error-form-has-problems = Kérjük, javítsa az alább megjelölt mezőket.
error-form-expired = Az űrlap lejárt, ezért semmit sem mentettünk. Kérjük, ellenőrizze a megadott adatokat, és küldje el újra.
error-required = Kérjük, töltse ki ezt a mezőt.
error-too-long = Ez túl hosszú.
error-invalid-characters = Nem megengedett karaktereket tartalmaz.
error-email-invalid = Adjon meg egy e-mail-címet, például: nev@example.com.
error-email-taken = Ezzel az e-mail-címmel már létezik fiók. Jelentkezzen be, vagy kérjen új jelszót.
error-email-unchanged = Jelenleg is ez az e-mail-címe.
error-password-too-short = A jelszónak legalább 12 karakterből kell állnia.
error-password-too-long = A jelszó legfeljebb 256 karakterből állhat.
error-password-mismatch = A két jelszó nem egyezik.
error-current-password-wrong = A jelenlegi jelszó helytelen.
error-language-unknown = Válasszon a felkínált nyelvek közül.
error-registration-taken = Ezzel a cégjegyzékszámmal már létezik vállalkozás.
error-signin-failed = Az e-mail-cím vagy a jelszó helytelen.
error-signin-throttled = Túl sok bejelentkezési kísérlet. Kérjük, várjon { $minutes ->
    [one] egy percet
   *[other] { $minutes } percet
}, majd próbálja újra.
error-account-disabled = Ez a fiók le van tiltva. Kérjük, forduljon a központhoz.

## E-mailben küldött linkek
link-problem-title = Ez a link nem működik
link-problem-next = Kérhet új linket, vagy ha már van jelszava, bejelentkezhet.
error-link-invalid = Ez a link érvénytelen. Kérjük, ellenőrizze, hogy teljes egészében másolta-e ki.
error-link-expired = Ez a link lejárt.
error-link-used = Ezt a linket már felhasználták.

## Hibaoldalak
error-title = Hiba: { $status }
error-back-home = Vissza a kezdőlapra
error-page-not-found = A keresett oldal nem található.
error-page-forbidden = Nincs hozzáférése ehhez az oldalhoz.
error-page-csrf = Az űrlap lejárt, vagy nem erről a webhelyről érkezett, ezért semmit sem mentettünk. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.
error-page-unauthenticated = A folytatáshoz kérjük, jelentkezzen be.
error-page-token-expired = A munkamenete lejárt. Kérjük, jelentkezzen be újra.
error-page-token-invalid = A munkamenete már nem érvényes. Kérjük, jelentkezzen be újra.
error-page-bad-request = A kérés nem értelmezhető.
error-input-malformed = Ez az érték nem a várt formában van.
error-page-too-large = Az elküldött tartalom túl nagy.
error-page-unavailable = A szolgáltatás átmenetileg nem érhető el. Kérjük, néhány perc múlva próbálja újra; a már elmentett adatai nem vesztek el.
error-page-internal = Hiba történt a rendszerünkben. Kérjük, próbálja újra; ha a hiba ismét előfordul, forduljon a központhoz.

## Fiókok
signup-title = Fiók létrehozása
signup-intro = Panasz benyújtásához és nyomon követéséhez fiókra van szüksége.
signup-submit = Fiók létrehozása
signup-have-account = Már van fiókja?
signin-title = Bejelentkezés
signin-submit = Bejelentkezés
signin-forgot = Elfelejtette a jelszavát?
signin-no-account = Még nincs fiókja?
forgot-title = Új jelszó megadása
forgot-intro = Adja meg a fiókjához tartozó e-mail-címet. Küldünk egy linket, amellyel új jelszót adhat meg.
forgot-submit = Link küldése
reset-title = Új jelszó megadása
reset-submit = Új jelszó mentése
invitation-title = Fiókja beállítása
invitation-intro = Üdvözöljük, { $name }! A fiókja beállításának befejezéséhez adjon meg egy jelszót.
invitation-submit = Mentés és tovább
email-confirm-title = Erősítse meg új e-mail-címét
email-confirm-intro = Kattintson a gombra, ha mostantól ezt a címet szeretné használni a fiókjához.
email-confirm-submit = Új cím megerősítése
settings-title = Fiókom
settings-password-title = Jelszó módosítása
settings-password-submit = Jelszó módosítása
settings-email-title = E-mail-cím módosítása
settings-email-intro = Az új címre linket küldünk; a link megnyitásakor az új cím lép a régi helyébe.
settings-email-submit = Megerősítő link küldése

## Adminisztráció
orgs-title = Vállalkozások
orgs-caption = A központ által nyilvántartott vállalkozások
orgs-empty = Még nincs vállalkozás. Az elsőt alább veheti fel.
orgs-member-column = Tag
orgs-new-title = Vállalkozás felvétele
orgs-new-submit = Vállalkozás felvétele
org-users-title = A vállalkozás nevében eljáró személyek
org-users-empty = Még senki. Hívja meg azt a személyt, aki a panaszokra válaszolni fog.
org-invite-title = Személy meghívása
invite-submit = Meghívó küldése
users-title = Felhasználók
users-caption = Minden fiókkal rendelkező felhasználó
users-role-column = Szerepkör
users-status-column = Állapot
users-actions-column = Műveletek
users-disable = Letiltás
users-enable = Engedélyezés
users-invite-mediator-title = Közvetítő meghívása
user-status-active = Aktív
user-status-invited = Meghívva
user-status-disabled = Letiltva
role-consumer = Fogyasztó
role-trader-user = Vállalkozás
role-mediator = Közvetítő
role-admin = Adminisztrátor

## Kimenő levelek
outbox-title = Kimenő levelek
outbox-intro = Még nem kézbesített üzenetek. { $sent ->
    [one] Egy üzenetet már kézbesítettünk.
   *[other] { $sent } üzenetet már kézbesítettünk.
}
outbox-caption = Várakozó vagy sikertelen üzenetek, a legrégebbivel kezdve
outbox-empty = Minden üzenetet kézbesítettünk.
outbox-recipient = Címzett
outbox-subject = Tárgy
outbox-attempts = Próbálkozások
outbox-last-error = A levelezőszerver utolsó válasza
outbox-status-pending = Várakozik, következő próbálkozás: { $at }
outbox-status-failed = Sikertelen
outbox-retry = Újraküldés

## E-mailek
email-footer = Concilia, független vitarendezés. Ezt az e-mailt azért kapja, mert fiókja vagy ügye van a Concilia portálon.
email-greeting = Kedves { $name }!
email-link-fallback = Ha a gomb nem működik, másolja be ezt a címet a böngészőjébe:
email-open-account = Fiókom megnyitása
email-verify-email-subject = Erősítse meg e-mail-címét
email-verify-body = Kérjük, erősítse meg, hogy ez az Ön e-mail-címe, így a panaszával kapcsolatban ide írhatunk Önnek.
email-verify-action = Címem megerősítése
email-verify-ignore = Ha nem Ön hozott létre fiókot a Concilia portálon, hagyja figyelmen kívül ezt az e-mailt.
email-password-reset-subject = Új jelszó megadása
email-reset-body = Valaki kérte Concilia-fiókja jelszavának megváltoztatását. A link egy óráig érvényes, és csak egyszer használható.
email-reset-action = Új jelszó megadása
email-reset-ignore = Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: jelszava változatlan marad.
email-invitation-subject = Meghívás a Concilia portálra
email-invitation-body = A központ fiókot hozott létre Önnek a Concilia portálon. A használatához adjon meg egy jelszót.
email-invitation-action = Fiókom beállítása
email-invitation-expiry = A link hét napig érvényes, és csak egyszer használható.
email-email-change-subject = Erősítse meg új e-mail-címét
email-change-body = Ön azt kérte, hogy Concilia-fiókjához ezt a címet használjuk.
email-change-action = Új cím megerősítése
email-change-ignore = Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt; semmi sem változik.
email-password-changed-subject = Jelszava megváltozott
email-password-changed-body = Concilia-fiókja jelszava az imént megváltozott, és minden más eszközön kijelentkeztettük.
email-password-changed-warning = Ha nem Ön volt, azonnal adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel, és forduljon a központhoz.
email-email-change-requested-subject = E-mail-címének módosítását kérték
email-change-requested-body = Valaki, aki be van jelentkezve az Ön fiókjába, kérte az e-mail-cím módosítását. A módosítás csak akkor lép életbe, ha az új címre küldött linket megnyitják.

## Language and time zone
settings-preferences-title = Nyelv és időzóna
field-time-zone = Időzóna a dátumokhoz és időpontokhoz
settings-preferences-submit = Mentés
error-time-zone-unknown = Válasszon a felkínált időzónák közül.
notice-preferences-saved = A nyelvet és az időzónát elmentettük.

## Viták: közös kifejezések
error-page-conflict = Ez az ügy jelenlegi állapotában nem lehetséges. Töltse be újra az ügy oldalát, hogy lássa, hol tart az ügy.
error-choice-unknown = Válasszon a felkínált lehetőségek közül.
error-country-unknown = Válasszon országot a listából.
error-currency-unknown = Adjon meg egy pénznemkódot, például: EUR, BGN vagy HUF.
error-amount-invalid = Adjon meg egy összeget, például: 149.90.
error-amount-negative = Az összeg nem lehet negatív.
error-amount-too-large = Ez az összeg túl nagy egy fogyasztói jogvitához.
error-date-invalid = Adjon meg egy dátumot, például: 2026-03-14.
error-date-future = Ez a dátum a jövőben van.
error-complaint-before-purchase = A vállalkozásnál tett panasz nem lehet korábbi a vásárlásnál.
error-must-confirm = A vita benyújtásához kérjük, erősítse meg ezt.
error-trader-email-has-account = A vállalkozás e-mail-címe egy másik típusú fiókhoz tartozik. Vegye fel a vállalkozást a jegyzékbe, és válassza ki az ügyben.
error-case-unknown = Ezzel az ügyszámmal nincs ügy.
error-extension-days = Adja meg a napok számát 1 és 90 között.
error-member-exists = Ennek a személynek már van hozzáférése az ügyhöz.
error-backup-same = A helyettes nem lehet ugyanaz a személy, mint a vitarendezési kapcsolattartó.
error-holiday-exists = Ez a nap már szerepel ennek az országnak a naptárában.
field-country = Ország
field-address = Cím
field-participation-mandatory = Köteles részt venni az alternatív vitarendezésben (csak a fogyasztó léphet vissza)
field-date = Dátum
field-holiday-name = Az ünnepnap neve
nav-cases = Ügyek
nav-file = Vita benyújtása
nav-intake = Beérkezett ügyek
nav-holidays = Ünnepnapok
nav-about = A központról és szabályairól
nav-my-organisation = Vállalkozásom
notice-case-filed = Vitáját benyújtotta. E-mailben visszaigazolást küldtünk Önnek.
notice-step-done = Kész. Az ügyet frissítettük.
notice-contacts-saved = A vitarendezési kapcsolattartókat elmentettük.
notice-holiday-added = Az ünnepnapot felvettük.
side-consumer = fogyasztó
side-trader = vállalkozás

## Listák
sector-goods = Általános termékek
sector-electronics = Elektronika és háztartási gépek
sector-clothing = Ruházat és lábbeli
sector-vehicles = Járművek és javítás
sector-travel = Utazás és üdülés
sector-transport = Személyszállítás
sector-telecoms = Távközlés és internet
sector-energy = Energia és víz
sector-financial = Pénzügyi szolgáltatások
sector-health = Egészségügy
sector-leisure = Szabadidő és kultúra
sector-other = Egyéb
problem-defective = Hibás vagy sérült
problem-not-delivered = Nem szállították le vagy nem teljesítették
problem-not-as-described = Nem felel meg a leírásnak
problem-late = Késedelmes szállítás
problem-billing = Számlázás és árak
problem-contract = Szerződési feltételek és a szerződés megszüntetése
problem-warranty = Jótállás vagy szavatosság
problem-service-quality = A szolgáltatás minősége
problem-unfair-practice = Tisztességtelen kereskedelmi gyakorlat
problem-other = Egyéb
claim-refund = Visszatérítés
claim-repair = Javítás
claim-replacement = Csere
claim-price-reduction = Árleszállítás
claim-compensation = Kártérítés
claim-other = Egyéb
channel-online = Online
channel-post = Postán
channel-phone = Telefonon
channel-in-person = Személyesen
ground-no-prior-complaint = A fogyasztó nem kísérelte meg előbb rendezni az ügyet a vállalkozással
ground-frivolous = A vita komolytalan vagy rosszhiszemű
ground-elsewhere = A vitát más alternatív vitarendezési testület vagy bíróság vizsgálja, illetve már megvizsgálta
ground-below-threshold = Az igény értéke nem éri el a központ által meghatározott értékhatárt
ground-above-threshold = Az igény értéke meghaladja a központ által meghatározott értékhatárt
ground-too-late = A vitát a vállalkozásnál tett panasztól számított határidő lejárta után nyújtották be
ground-impairs-operation = A vita kezelése súlyosan veszélyeztetné a központ működését
capacity-representative = Képviselő
capacity-assistant = Segítő
correspondence-incoming = Beérkezett
correspondence-outgoing = Elküldött
state-draft = Piszkozat
state-submitted = Beérkezett
state-awaiting-info = Adatpótlásra vár
state-complete = Hiánytalan iratanyag
state-awaiting-trader = A vállalkozásra vár
state-negotiation = Közvetlen tárgyalás
state-mediation = Közvetítés
state-settled = Egyezséggel lezárva
state-not-settled = Egyezség nélkül lezárva
state-withdrawn = Visszavonva
state-trader-declined = A vállalkozás nem vállalta a részvételt
state-refused = Elutasítva

## Vita benyújtása
file-title = Vita benyújtása
file-intro = Ha panaszt tett egy vállalkozásnál, de nem tudtak megegyezni, a központ segíthet Önöknek megoldásra jutni. Az űrlap { $count } rövid lépésből áll; a megadott adatokat menet közben mentjük, így később is visszatérhet hozzá.
file-start = Kezdés
file-continue = Piszkozatom folytatása
file-steps-label = Az űrlap lépései
file-step-trader = A vállalkozás
file-step-purchase = Amit vásárolt
file-step-complaint = Panasza és kérése
file-step-details = Leírás
file-step-evidence = Bizonyítékok
file-step-review = Ellenőrzés és benyújtás
file-on-behalf-of = Rögzítés a következő személy nevében: { $name }
file-trader-chosen = A jegyzékből kiválasztva: { $name }. Módosításhoz keressen újra, vagy adjon meg alább egy másik vállalkozást.
file-trader-search = Keresés a vállalkozások jegyzékében
file-trader-search-submit = Keresés
file-trader-results = Talált vállalkozások
file-trader-member = a központ tagja
file-trader-pick = Kiválasztás
file-trader-none-found = A jegyzékben nincs a keresésnek megfelelő vállalkozás. Adja meg alább a vállalkozás adatait.
file-trader-manual = Vagy adja meg a vállalkozás adatait
file-trader-no-answer = Nem, a vállalkozás nem válaszolt
file-save-next = Mentés és tovább
file-evidence-intro = Csatolja, ami alátámasztja a panaszát: a nyugtát vagy a szerződést, fényképeket, a vállalkozással váltott leveleket vagy e-maileket. A benyújtás után az ügy minden résztvevője látja őket. Dokumentumokat később is csatolhat.
file-evidence-none = Még nincs csatolt dokumentum.
file-evidence-remove = Eltávolítás
file-evidence-remove-named = { $title } eltávolítása
file-evidence-continue = Tovább az áttekintéshez
file-review-documents = A panasszal benyújtott dokumentumok
file-review-change-documents = Dokumentumok hozzáadása vagy eltávolítása
file-review-problems = A benyújtás előtt még néhány rész az Ön figyelmét igényli:
file-submit = Vitám benyújtása
file-field-trader = Vállalkozás
file-field-consumer = Fogyasztó
file-field-trader-name = A vállalkozás neve
file-field-trader-email = A vállalkozás e-mail-címe
file-field-trader-country = A vállalkozás országa
file-field-trader-address = A vállalkozás címe
file-field-sector = Ágazat
file-field-problem-kind = A probléma jellege
file-field-purchase-description = Mit vásárolt vagy vett igénybe
file-field-purchase-date = A vásárlás dátuma
file-field-price = Kifizetett ár
file-field-price-currency = Pénznem
file-field-complained-on = A vállalkozásnál tett panasz dátuma
file-field-trader-responded = Válaszolt a vállalkozás?
file-field-trader-response = A vállalkozás válasza
file-field-claim-kind = Mit kér
file-field-claim-amount = A kért összeg
file-field-claim-currency = Az összeg pénzneme
file-field-description = Mi történt
file-field-language = Az eljárás nyelve
file-field-consumer-country = Lakóhelye szerinti ország
file-field-not-elsewhere = Megerősítem, hogy ez a vita nincs folyamatban bíróság vagy más vitarendezési testület előtt.
hint-amount = Például 149.90
hint-currency = Három betű, például EUR
hint-complained-on = Hagyja üresen, ha még nem tett panaszt a vállalkozásnál. A központ általában megköveteli, hogy először a vállalkozással próbálja rendezni az ügyet.
hint-trader-response = Röviden: mit válaszolt a vállalkozás.
hint-claim-amount = Visszatérítés, árleszállítás vagy kártérítés kérése esetén szükséges.
hint-description = Mondja el saját szavaival: mi történt, mikor, és mit tett eddig.
hint-procedure-language = A levelek és az eljárás ezen a nyelven zajlanak.
terms-title = A benyújtás előtt
terms-free = A vita benyújtása díjmentes.
terms-fee = A vita benyújtásának díja: { $fee }.
terms-no-lawyer = Nincs szüksége ügyvédre. Az eljárás bármely szakaszában képviselheti vagy segítheti Önt egy Ön által választott személy.
terms-withdraw = Az eljárásból bármikor visszaléphet.
terms-outcome = Ha Ön és a vállalkozás megegyeznek, a megállapodás szerződésként mindkettőjüket köti. A közvetítő által javasolt megoldás csak akkor köti Önt, ha elfogadja.
terms-court = A részvétel nem akadályozza meg abban, hogy bírósághoz forduljon; az eljárás ideje alatt az elévülési határidők nyugszanak.
terms-more = A központ szabályzatának elolvasása
on-behalf-title = Panasz rögzítése fogyasztó nevében
on-behalf-intro = Postán, telefonon vagy személyesen érkezett panaszokhoz. Ha a fogyasztónak van e-mail-címe, e-mailben kap hozzáférést.
on-behalf-consumer-name = A fogyasztó neve
on-behalf-consumer-email = A fogyasztó e-mail-címe
hint-on-behalf-email = Nem kötelező. Hagyja üresen, ha a fogyasztónak nincs e-mail-címe.
on-behalf-submit = Tovább az űrlapra

## Az ügy oldala
case-title = Ügy: { $reference }
case-days-left = { $days ->
    [one] Az eredményig még { $days } nap van hátra
   *[other] Az eredményig még { $days } nap van hátra
}
case-days-overdue = { $days ->
    [one] Az eredmény határideje { $days } napja lejárt
   *[other] Az eredmény határideje { $days } napja lejárt
}
case-parties = Felek
case-mediator = Közvetítő
case-mediator-pending = még nem nyilatkozott függetlenségéről
case-no-mediator = Még nincs kijelölve
case-decision-warning = { $days ->
    [one] { $days } napja érkezett: a döntést 21 napon belül meg kell hozni
   *[other] { $days } napja érkezett: a döntést 21 napon belül meg kell hozni
}
case-dates = Időpontok
case-received-at = Beérkezett
case-completed-at = Az iratanyag hiánytalan
case-outcome-due = Az eredmény határideje
case-extended = meghosszabbítva
case-trader-due = A vállalkozás válaszának határideje
case-negotiation-until = Közvetlen tárgyalás eddig
case-complex = Összetett vita
case-closed-at = Lezárva
case-certificate = Igazolás letöltése az eljárás időpontjairól
case-outcome = Eredmény
case-withdrawn-by = visszalépett: { $side }
case-info-requested = A központnak további információra van szüksége
case-objection = Kifogás a közvetítő ellen
case-automatic-grounds = Lehetséges elutasítási okok (automatikus ellenőrzés)
case-automatic-grounds-hint = A megadott adatok alapján automatikusan azonosítva; a döntést ember hozza meg.
case-conflict-title = Összeférhetetlenség vizsgálata
case-conflict-intro = Önt jelölték ki erre az ügyre. Mielőtt megtekinti az iratanyagot, nyilatkozzon arról, hogy egyik féllel szemben sem áll fenn összeférhetetlenség, vagy utasítsa el az ügyet.
case-actions = Amit tehet
case-group = Kapcsolódó ügyek
case-facts = A vita
case-timeline = Az ügy előzményei
case-cross-border = Határokon átnyúló
case-no-complaint-date = Nincs megadva
case-channel = Beérkezés módja
case-reference = Ügyszám
case-days-left-column = Hátralévő napok
event-submit = Vita benyújtva
event-request-info = Információkérés
event-provide-info = Információ megadva
event-mark-complete = Iratanyag hiánytalannak jelölve
event-accept = Vita befogadva; a vállalkozás felhívva
event-refuse = Vita elutasítva
event-join = A vállalkozás részt vesz
event-decline = A vállalkozás nem vállalta a részvételt
event-deemed-refusal = A vállalkozás nem válaszolt határidőben
event-request-mediation = Közvetítés kérve
event-end-negotiation = A tárgyalási időszak lejárt; megkezdődik a közvetítés
event-assign-mediator = Közvetítő kijelölve
event-declare-no-conflict = A közvetítő nyilatkozott, hogy nem áll fenn összeférhetetlenség
event-decline-assignment = A közvetítő elutasította az ügyet
event-object = Kifogás a közvetítő ellen
event-decide-objection = Döntés a kifogásról
event-extend = Határidő meghosszabbítva
event-close-not-settled = Egyezség nélkül lezárva
event-withdraw = Visszalépés
event-mark-complex = Összetettnek jelölve
event-log-correspondence = Levelezés rögzítve
event-add-member = Képviselő vagy segítő hozzáadva
event-link-group = Kapcsolódó ügyhöz kapcsolva
step-request-info = Hiányzó információ bekérése
step-request-info-hint = A fogyasztó e-mailt kap, és ezen az oldalon válaszol. Addig az ügy várakozik.
step-provide-info = A kért információ megküldése
step-provide-info-hint = Válaszoljon a központ kérésére.
step-mark-complete = Iratanyag hiánytalannak jelölése
step-mark-complete-hint = Mindkét fél értesítést kap, és most kezdődik az eredményre rendelkezésre álló 90 nap.
step-accept = A vita befogadása és a vállalkozás felhívása
step-accept-hint = A vállalkozás e-mailt kap, és 20 munkanapja van a válaszadásra (összetett vita esetén 30).
step-refuse = A vita elutasítása
step-refuse-hint = Válassza ki az okot, és fejtse ki az indokokat; mindkét fél megkapja őket.
step-join = Részvétel az eljárásban
step-join-hint = Adja meg első válaszát: a tényeket, ahogyan Ön látja őket, és esetleges ajánlatát.
step-decline = A részvétel elutasítása
step-decline-hint = Az ügy lezárul, és a fogyasztó megkapja az Ön által megadott indokot.
step-request-mediation = Közvetítés kérése most
step-request-mediation-hint = Egy közvetítő segít mindkét félnek. Továbbra is megegyezhetnek közvetlenül is.
step-assign-mediator = Közvetítő kijelölése
step-assign-mediator-hint = A közvetítőnek nyilatkoznia kell arról, hogy nem áll fenn összeférhetetlenség, mielőtt megtekinti az iratanyagot.
step-declare-no-conflict = Nem áll fenn összeférhetetlenség
step-declare-no-conflict-hint = Kijelentem, hogy mindkét féltől független vagyok, és nem vagyok érdekelt az eljárás kimenetelében.
step-decline-assignment = Az ügy elutasítása
step-decline-assignment-hint = Indokolja meg; a központ mást jelöl ki.
step-object = Kifogás benyújtása a közvetítő ellen
step-object-hint = A központ dönt a kifogásáról, és másik közvetítőt jelölhet ki.
step-decide-objection = Döntés a kifogásról
step-decide-objection-hint = Adjon helyt neki a közvetítő elmozdításához, vagy utasítsa el. Mindkét fél és a közvetítő értesítést kap.
step-extend = A határidő meghosszabbítása
step-extend-hint = Csak egyszer, összetett vita esetén, indokolással. Mindkét fél értesítést kap.
step-close-not-settled = Lezárás egyezség nélkül
step-close-not-settled-hint = Készítsen indokolással ellátott összefoglalót; mindkét fél írásban megkapja.
step-withdraw = Visszalépés az eljárásból
step-withdraw-hint = Bármikor visszaléphet. A többiek értesítést kapnak.
step-mark-complex = Összetettnek jelölés
step-mark-complex-hint = A vállalkozás 20 helyett 30 munkanapot kap a válaszadásra.
step-log-correspondence = Levél vagy hívás rögzítése
step-log-correspondence-hint = Rögzítse a nem a portálon keresztül folytatott levelezést.
step-add-member = Képviselő vagy segítő hozzáadása
step-add-member-hint = Csak ehhez az ügyhöz kap hozzáférést.
step-link-group = Kapcsolódó ügy összekapcsolása
step-link-group-hint = A csoportba tartozó ügyeket együtt kezeljük; mindegyiknek megmaradnak a saját felei és a saját eredménye.
field-request = Mi hiányzik
field-answer = Az Ön válasza
field-first-answer = Az Ön első válasza
hint-first-answer = A tények, ahogyan Ön látja őket, és esetleges ajánlata.
field-reason = Indok
field-ground = Az elutasítás oka
field-reason-optional = Indok (nem kötelező)
field-mediator = Közvetítő
field-decision = Döntés
decision-uphold = Helyt adás: a közvetítő elmozdítása
decision-dismiss = Elutasítás: a közvetítő marad
field-note = Indokolás
field-days = Napok száma
field-summary = Összefoglaló
field-direction = Irány
field-capacity = Minőség
field-relationship = Kapcsolat a féllel
field-other-reference = A kapcsolódó ügy száma
certificate-title = Igazolás alternatív vitarendezési eljárásról
certificate-intro = Ez az igazolás a következő alternatív vitarendezési eljárás időpontjait tanúsítja: { $reference }.
certificate-started = Az eljárás kezdete (az iratanyag hiánytalan)
certificate-not-started = Még nem kezdődött meg
certificate-ended = Az eljárás vége
certificate-ongoing = Az eljárás még folyamatban van
certificate-limitation = A 2013/11/EU irányelv 12. cikke szerint az elévülési és jogvesztő határidők az eljárás ideje alatt nem járnak le.
certificate-issued = Kiállítva: { $at }.

## Listák és beérkezett ügyek
cases-title = Ügyek
cases-caption = Ügyek, a legújabbal kezdve
cases-empty = Nincs megjeleníthető ügy.
filter-state = Állapot
filter-mediator = Közvetítő
filter-trader = Vállalkozás
filter-days-left = Az eredmény határideje legfeljebb (nap)
filter-search = Keresés ügyszámban, nevekben és leírásban
filter-submit = Megjelenítés
intake-title = Befogadásra váró ügyek
intake-intro = A központ döntésére váró viták, a legrégebbivel kezdve. A befogadásról vagy elutasításról a hiánytalan iratanyag beérkezésétől számított 21 napon belül kell dönteni.
intake-caption = Döntésre vár
intake-days = Beérkezés óta eltelt napok
intake-warning = { $days ->
    [one] A döntésig { $days } nap van hátra
   *[other] A döntésig { $days } nap van hátra
}
intake-empty = Nincs döntésre váró vita.
dashboard-recent-cases = Legutóbbi ügyei
dashboard-all-cases = Minden ügy

## Vállalkozások és ünnepnapok
org-contacts-title = Vitarendezési kapcsolattartók
org-contacts-intro = Az ügyekkel kapcsolatos leveleket ez a két személy kapja a vállalkozás összes munkatársa helyett.
field-adr-contact = Vitarendezési kapcsolattartó
field-adr-backup = Helyettes
org-contacts-submit = Kapcsolattartók mentése
holidays-title = Ünnepnapnaptárak
holidays-intro = Az adott országban a munkaszüneti napok nem számítanak munkanapnak a vállalkozás válaszadási határidejének számításakor.
holidays-empty = Még nincs felvett ünnepnap.
holidays-add = Ünnepnap felvétele

## Nyilvános tájékoztatás
about-title = { $centre }: kik vagyunk és hogyan dolgozunk
about-intro = Alternatív vitarendezési központ vagyunk. Segítünk a fogyasztóknak és a vállalkozásoknak, hogy bírósági eljárás nélkül, méltányosan, gyorsan és írásban rendezzék vitáikat.
about-contact = Kapcsolat
about-mediators = Közvetítők
about-mediators-intro = A vitákat a központ által kijelölt független és pártatlan közvetítők intézik.
about-scope = Milyen vitákkal foglalkozunk
about-sectors = Fogyasztók és vállalkozások közötti viták a következő ágazatokban:
about-thresholds-both = { $min } és { $max } közötti értékű igények.
about-threshold-min = Legalább { $min } értékű igények.
about-threshold-max = Legfeljebb { $max } értékű igények.
about-no-thresholds = Bármilyen értékű igény.
about-rules = Eljárási szabályok
about-rule-precondition = A benyújtás előtt panaszt kell tennie a vállalkozásnál, és meg kell kísérelnie vele rendezni az ügyet.
about-rule-filing-limit = A vitát a vállalkozásnál tett panaszától számított { $days } napon belül nyújtsa be.
about-rule-decision = A hiánytalan iratanyag beérkezésétől számított { $days } napon belül tájékoztatjuk, hogy befogadjuk-e a vitát, elutasítás esetén indoklással.
about-rule-trader = A vállalkozásnak { $days } munkanapja van arra, hogy nyilatkozzon, részt vesz-e az eljárásban.
about-rule-negotiation = A felek először { $days } napig közvetlenül is megpróbálhatnak megegyezni; bármelyikük bármikor kérhet közvetítőt.
about-rule-outcome = Az eredménynek a hiánytalan iratanyagtól számított { $days } napon belül meg kell születnie; összetett vita esetén ez a határidő egyszer meghosszabbítható.
about-grounds = Vitát csak a következő okokból utasíthatunk el
about-download-rules = A szabályzat letöltése
about-languages = Nyelvek
about-costs = Költségek
about-length = Mennyi ideig tart
about-average = A hiánytalan iratanyagtól az eredményig átlagosan { $days } nap telik el ({ $count } lezárt eljárás alapján).
about-average-none = Még egy eljárás sem zárult le.
about-effect = Mit jelent az eredmény

## Ügyekkel kapcsolatos e-mailek
email-case-action-open = Az ügy megnyitása
email-case-action-invitation = Fiókom beállítása
email-case-note-intro = Az üzenet:
email-case-received-subject = Megkaptuk vitáját: { $reference }
email-case-received-body = Köszönjük. Vitáját { $reference } ügyszámon nyilvántartásba vettük. A központ ellenőrzi, hogy az iratanyag hiánytalan-e, és 21 napon belül tájékoztatja, hogy befogadhatja-e a vitát. Az ügyet a portálon követheti nyomon, és ott bármikor vissza is léphet.
email-case-consumer-invited-subject = Vitáját ({ $reference }) online is nyomon követheti
email-case-consumer-invited-body = A központ rögzítette panaszát { $reference } ügyszámon, és fiókot hozott létre Önnek, hogy online követhesse az ügyet és válaszolhasson. A kezdéshez adjon meg egy jelszót. A link hét napig érvényes, és csak egyszer használható.
email-case-info-requested-subject = Információ szükséges vitájához: { $reference }
email-case-info-requested-body = Ahhoz, hogy a központ folytathassa az ügyet ({ $reference }), további információra van szüksége Öntől. Kérjük, válaszoljon az ügy oldalán.
email-case-info-provided-subject = Új információ az ügyben: { $reference }
email-case-info-provided-body = A fogyasztó válaszolt az információkérésre a következő ügyben: { $reference }.
email-case-file-complete-subject = Az iratanyag hiánytalan: { $reference }
email-case-file-complete-body = A vita ({ $reference }) iratanyaga hiánytalan. Az eredmény határideje: { $due }.
email-case-accepted-subject = Vitáját befogadtuk: { $reference }
email-case-accepted-body = A központ befogadta a vitát ({ $reference }), és felhívta a vállalkozást, hogy nyilatkozzon, részt vesz-e az eljárásban. A vállalkozás határideje: { $due }.
email-case-trader-invited-subject = Fogyasztói vita vár az Ön válaszára: { $reference }
email-case-trader-invited-body = Egy fogyasztó vitát kezdeményezett a központnál az Ön vállalkozásával szemben ({ $reference }). Kérjük, az ügy oldalán nyilatkozzon arról, hogy részt vesz-e az eljárásban, és adja meg első válaszát. Határidő: { $due }.
email-case-trader-invited-new-subject = Fogyasztói vita vár az Ön válaszára: { $reference }
email-case-trader-invited-new-body = Egy fogyasztó vitát kezdeményezett alternatív vitarendezési központunknál az Ön vállalkozásával szemben ({ $reference }). Állítsa be fiókját ezzel az egyszer használható linkkel (hét napig érvényes), hogy megtekinthesse az iratanyagot, és 20 munkanapon belül válaszolhasson.
email-case-refused-subject = A vita nem fogadható be: { $reference }
email-case-refused-body = A központ nem tudja befogadni a vitát ({ $reference }). Az elutasítás oka: { $ground }.
email-case-trader-joined-subject = A vállalkozás részt vesz az eljárásban: { $reference }
email-case-trader-joined-body = A vállalkozás vállalta, hogy részt vesz az eljárásban ({ $reference }), és megadta első válaszát.
email-case-trader-declined-subject = A vállalkozás nem vállalta a részvételt: { $reference }
email-case-trader-declined-body = A vállalkozás nem vállalta a részvételt az eljárásban ({ $reference }), ezért az ügyet lezártuk. Továbbra is fordulhat bírósághoz vagy más szervhez.
email-case-deemed-refusal-subject = Nem érkezett válasz a vállalkozástól: { $reference }
email-case-deemed-refusal-body = A vállalkozás nem válaszolt határidőben, ami a részvétel megtagadásának minősül. Az ügyet ({ $reference }) lezártuk.
email-case-mediation-started-subject = Megkezdődik a közvetítés: { $reference }
email-case-mediation-started-body = Az ügy ({ $reference }) közvetítési szakaszba lép. Egy közvetítő segíti a feleket a megoldás felé.
email-case-mediator-assigned-subject = Önt jelölték ki az ügyre: { $reference }
email-case-mediator-assigned-body = A központ Önt jelölte ki az ügyre ({ $reference }). Mielőtt megtekinti az iratanyagot, nyilatkozzon arról, hogy nem áll fenn összeférhetetlenség, vagy utasítsa el az ügyet.
email-case-mediator-confirmed-subject = Az ügy közvetítője: { $reference }
email-case-mediator-confirmed-body = Az ügyben ({ $reference }) { $mediator } jár el közvetítőként, és nyilatkozott, hogy nem áll fenn összeférhetetlenség. Az ügy oldalán indokolással kifogást emelhet a közvetítő ellen.
email-case-mediator-declined-subject = Egy közvetítő elutasította az ügyet: { $reference }
email-case-mediator-declined-body = Az ügyre ({ $reference }) kijelölt közvetítő elutasította az ügyet. Kérjük, jelöljön ki másik közvetítőt.
email-case-objection-subject = Kifogás a közvetítő ellen: { $reference }
email-case-objection-body = Az egyik fél kifogást emelt az ügy ({ $reference }) közvetítője ellen. Kérjük, döntsön az ügy oldalán.
email-case-objection-upheld-subject = A kifogásnak helyt adtunk: { $reference }
email-case-objection-upheld-body = A központ helyt adott az ügy ({ $reference }) közvetítője elleni kifogásnak; másik közvetítőt jelölünk ki.
email-case-objection-dismissed-subject = A kifogást elutasítottuk: { $reference }
email-case-objection-dismissed-body = A központ elutasította az ügy ({ $reference }) közvetítője elleni kifogást; a közvetítő marad.
email-case-extended-subject = Meghosszabbított határidő: { $reference }
email-case-extended-body = A közvetítő meghosszabbította az ügy ({ $reference }) eredményének határidejét, mert a vita összetett. Az eredmény új határideje: { $due }.
email-case-not-settled-subject = Egyezség nélkül lezárva: { $reference }
email-case-not-settled-body = A közvetítő egyezség nélkül lezárta az eljárást ({ $reference }). Ez az eredmény írásos rögzítése; továbbra is fordulhat bírósághoz.
email-case-withdrawn-subject = Visszalépés az eljárásból: { $reference }
email-case-withdrawn-body = { $side ->
    [consumer] A fogyasztó visszalépett az eljárásból ({ $reference }), amely ezzel lezárult.
    [trader] A vállalkozás visszalépett az eljárásból ({ $reference }), amely ezzel lezárult.
    [centre] A központ megszüntette az eljárást ({ $reference }), amely ezzel lezárult.
   *[other] Az egyik résztvevő ({ $side }) visszalépett az eljárásból ({ $reference }), amely ezzel lezárult.
}
email-case-member-invited-subject = Hozzáférést kapott az ügyhöz: { $reference }
email-case-member-invited-body = A vita ({ $reference }) egyik fele felvette Önt képviselőjeként vagy segítőjeként. Állítsa be fiókját ezzel az egyszer használható linkkel (hét napig érvényes), hogy nyomon követhesse az ügyet.
email-case-member-added-subject = Hozzáférést kapott az ügyhöz: { $reference }
email-case-member-added-body = A vita ({ $reference }) egyik fele felvette Önt képviselőjeként vagy segítőjeként. Mostantól nyomon követheti az ügyet a portálon.
email-case-trader-reminder-subject = Emlékeztető: válaszának határideje az ügyben ({ $reference }): { $due }
email-case-trader-reminder-body = A fogyasztói vita ({ $reference }) még mindig az Ön válaszára vár. Kérjük, nyilatkozzon arról, hogy részt vesz-e az eljárásban. Határidő: { $due }. Válasz hiányában ez a részvétel megtagadásának minősül, és az ügyet lezárjuk.
email-case-trader-reminder-new-subject = Emlékeztető: fogyasztói vita vár az Ön válaszára ({ $reference })
email-case-trader-reminder-new-body = A fogyasztói vita ({ $reference }) még mindig az Ön válaszára vár, fiókját pedig még nem állította be. Íme egy új, egyszer használható link (hét napig érvényes); a korábbi link már nem működik.
email-case-intake-reminder-subject = Hamarosan esedékes a befogadási döntés: { $reference }
email-case-intake-reminder-body = A vita ({ $reference }) több mint 16 napja érkezett be, és még mindig befogadási döntésre vár, amelyet a beérkezéstől számított 21 napon belül kell meghozni.
email-case-outcome-reminder-subject = Az ügy ({ $reference }) eredményének határideje: { $due }
email-case-outcome-reminder-body = Az eljárás ({ $reference }) eredményének határideje: { $due }. Kérjük, zárja le az ügyet, vagy ha a vita összetett, egy alkalommal hosszabbítsa meg a határidőt.
intake-near-due = Ügyek, amelyek eredményének határideje 14 napon belül lejár vagy már lejárt

## Notification preferences and the daily digest
settings-notifications-title = E-mail-értesítések
settings-notifications-intro = Minden értesítéstípusnál válassza ki, hogy azonnal kapjon-e e-mailt, vagy naponta egyetlen összefoglalót. A jogszabály által előírt értesítéseket (a beérkezés visszaigazolása, a központ döntése, a vállalkozás válasza, a határidő-hosszabbítások és az eljárás eredménye), valamint az Ön számára szükséges linkeket mindig azonnal küldjük.
notify-category-case-updates = Fejlemények az ügyeiben
notify-category-reminders = Határidő-emlékeztetők
notify-mode-immediate = Azonnal
notify-mode-digest = Napi összefoglalóban
settings-notifications-submit = Értesítési beállítások mentése
notice-notifications-saved = Értesítési beállításait elmentettük.
email-digest-subject = Napi összefoglalója a Concilia portálról
email-digest-intro = Az előző összefoglaló óta a következők történtek az ügyeiben:
email-digest-settings = Értesítési beállítások módosítása

## The shared case file: messages and documents
case-messages = Üzenetek
case-messages-empty = Még nincsenek üzenetek.
case-documents = Dokumentumok
case-documents-empty = Még nincsenek dokumentumok.
audience-everyone = Az ügy minden résztvevője
audience-caucus-consumer = Bizalmas: a fogyasztó oldala és a közvetítő
audience-caucus-trader = Bizalmas: a vállalkozás oldala és a közvetítő
message-new = új
field-audience = Ki láthatja
field-message = Az Ön üzenete
hint-message = Az elküldött üzenet nem módosítható és nem törölhető; ha javítani szeretné, küldjön egy újat. A linkek kattinthatóvá válnak.
message-submit = Üzenet küldése
field-document-title = Cím
hint-document-title = Hagyja üresen, ha a fájl nevét szeretné használni.
field-document-description = Leírás (nem kötelező)
field-files = Fájlok
hint-files = PDF, képek (PNG, JPEG, WebP, HEIC), szöveg, CSV, Word, Excel, OpenDocument szövegdokumentum, e-mailek (EML), MP3, M4A vagy MP4; fájlonként legfeljebb { $mb } MB. Több fájlt is kiválaszthat.
upload-submit = Feltöltés
document-uploaded-by = Hozzáadta
document-size-bytes = { $size } bájt
error-message-too-long = Egy üzenet legfeljebb 20 000 karakterből állhat.
error-file-too-large = Ez a fájl nagyobb a megengedettnél.
error-case-files-full = Ebben az ügyben nincs több hely újabb dokumentumok számára. Kérjük, forduljon a központhoz.
error-file-empty = Ez a fájl üres.
error-file-type-mismatch = A fájl tartalma nem felel meg a nevének. Ellenőrizze, hogy a megfelelő fájlt választotta-e.
error-file-type = Ez a fájltípus nem fogadható el. Küldjön PDF-et, képet, szöveget, irodai dokumentumot, e-mailt vagy felvételt.
error-file-required = Válasszon ki legalább egy fájlt.
notice-message-sent = Üzenetét elküldtük.
notice-documents-added = A dokumentumokat csatoltuk az ügy iratanyagához.
notify-category-messages = Új üzenetek és dokumentumok
email-case-message-subject = Új üzenet az ügyben: { $reference }
email-case-message-body = Új üzenet várja az ügyben ({ $reference }). Adatvédelmi okokból az üzenet csak a portálon jelenik meg. { $days } napon belül észrevételt tehet rá a portálon.
email-case-document-subject = Új dokumentum az ügyben: { $reference }
email-case-document-body = Új dokumentumot csatoltak az ügy ({ $reference }) iratanyagához. A portálon tekintheti meg. { $days } napon belül észrevételt tehet rá a portálon.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = Húzza ide a fájlokat, vagy kattintson a kiválasztásukhoz
upload-waiting = Várakozik
upload-uploading = Feltöltés folyamatban…
upload-done = Feltöltve
upload-failed = A feltöltés nem sikerült. Próbálja újra.
document-preview = Előnézet
document-preview-hint = Ha a böngésző itt nem jeleníti meg a dokumentumot, töltse le.
document-back-to-case = Vissza az ügyhöz
document-download = Letöltés
document-redacted = Kitakarta { $name }, { $date }:
document-redact = Kitakarás
document-redact-hint = Lecseréli a dokumentum tartalmát, például harmadik személy személyes adatainak eltávolításához. Töltsön fel kitakart másolatot, vagy ne válasszon fájlt, és a tartalom helyére megjegyzés kerül. A nyilvántartás megőrzi, ki, mikor és miért takarta ki.
field-redacted-copy = Kitakart másolat (nem kötelező)
document-redacted-note = A központ { $date } napon eltávolította a dokumentum tartalmát. Indok: { $reason }
comment-window = { $date }-ig a(z) { $side } észrevételt tehet a másik fél legutóbbi beadványára (a 2013/11/EU irányelv 9. cikk (1) bekezdés a) pontja).
notice-document-redacted = A dokumentumot kitakartuk.
event-document-redacted = Dokumentum kitakarva
email-case-document-redacted-subject = Egy dokumentumot kitakartak a(z) { $reference } ügyben
email-case-document-redacted-body = A központ kitakart egy dokumentumot a(z) { $reference } ügyben. A nyilvántartást a portálon tekintheti meg.

# Hearings
case-hearings = Meghallgatások
case-hearings-empty = Még nincs kitűzött meghallgatás.
hearing-booked-in = { $local } ({ $zone } időzóna szerint)
hearing-cancelled = Lemondva
hearing-minutes = Jegyzőkönyv
hearing-private-notes = Az Ön személyes jegyzetei
hearing-answer = Válasz a meghívásra
field-hearing-answer = Az Ön válasza
hearing-answer-attend = Részt veszek
hearing-answer-another-time = Másik időpontot kérek
hearing-reschedule = A meghallgatás átütemezése
hearing-cancel = A meghallgatás lemondása
hearing-record-minutes = A jegyzőkönyv rögzítése
field-hearing-minutes = Jegyzőkönyv a felek számára
hint-hearing-minutes = Mindkét fél olvashatja.
field-hearing-private-notes = Személyes jegyzetek
hint-hearing-private-notes = Csak Ön látja őket.
hearing-schedule = Meghallgatás kitűzése
field-time = Időpont
field-hearing-time-zone = Időzóna
hint-time-zone = Időzóna, például: Europe/Sofia. A meghívó az időpontot mindenki saját naptárában, a saját helyi ideje szerint jeleníti meg.
field-duration-minutes = Időtartam percben
field-hearing-form = Forma
hearing-form-video = Videohívás
hearing-form-phone = Telefon
hearing-form-in-person = Személyesen
field-hearing-place = Link, telefonszám vagy cím
hint-hearing-place = Videohívásnál a https:// kezdetű link, telefonos meghallgatásnál a telefonszám, személyes meghallgatásnál a cím.
hearings-calendar-title = Meghallgatásaim
hearings-calendar-week = Hét: { $from } – { $to }
hearings-calendar-weeks = Hetek
hearings-calendar-previous = Előző hét
hearings-calendar-this-week = Ez a hét
hearings-calendar-next = Következő hét
hearings-calendar-empty = Ezen a héten nincs meghallgatás.
hearing-when = Mikor
hearing-case = Ügy
nav-hearings = Meghallgatások
error-time-invalid = Adjon meg egy időpontot, például: 14:30.
error-hearing-time-zone = Adjon meg egy létező időzónát, például: Europe/Sofia.
error-duration = Adjon meg 15 és 480 perc közötti időtartamot.
error-video-link = Adja meg a videohívás https:// kezdetű linkjét.
error-phone = Adjon meg egy 6–20 számjegyből álló telefonszámot.
error-time-ambiguous = Ebben az időzónában ekkor van az óraátállítás; válasszon egy órával korábbi vagy későbbi időpontot.
error-hearing-in-past = A meghallgatás csak jövőbeli időpontra tűzhető ki.
error-hearing-overlaps = Ebben az időpontban már van meghallgatása.
error-hearing-not-held = A jegyzőkönyv a meghallgatás kezdete után rögzíthető.
event-schedule-hearing = Meghallgatás kitűzve
event-reschedule-hearing = Meghallgatás átütemezve
event-cancel-hearing = Meghallgatás lemondva
event-answer-hearing = Válasz a meghallgatásra szóló meghívásra
event-record-minutes = A meghallgatás jegyzőkönyve rögzítve
email-case-hearing-scheduled-subject = Meghallgatás a(z) { $reference } ügyben: { $date }
email-case-hearing-scheduled-body = A közvetítő meghallgatást tűzött ki a(z) { $reference } ügyben, időpontja: { $date }. A meghívót mellékeltük, hogy felvehesse a naptárába; kérjük, jelezze a portálon, hogy részt vesz-e.
email-case-hearing-rescheduled-subject = A(z) { $reference } ügyben tartandó meghallgatás új időpontja: { $date }
email-case-hearing-rescheduled-body = A(z) { $reference } ügyben tartandó meghallgatás új időpontja: { $date }. A mellékelt meghívó frissíti a naptárát; kérjük, jelezze a portálon, hogy részt vesz-e.
email-case-hearing-cancelled-subject = A(z) { $reference } ügyben tartandó meghallgatás elmarad
email-case-hearing-cancelled-body = A(z) { $reference } ügyben tervezett meghallgatás ({ $date }) elmarad. A melléklet eltávolítja a naptárából.
email-case-hearing-answered-subject = Válasz a(z) { $reference } ügyben tartandó meghallgatásra
email-case-hearing-answered-body = Az egyik fél válaszolt a(z) { $reference } ügyben tartandó meghallgatásra szóló meghívásra.
email-case-hearing-minutes-subject = A(z) { $reference } ügyben tartott meghallgatás jegyzőkönyve
email-case-hearing-minutes-body = A közvetítő rögzítette a(z) { $reference } ügyben tartott meghallgatás jegyzőkönyvét. A portálon olvashatja el.
email-case-hearing-reminder-subject = Emlékeztető: meghallgatás a(z) { $reference } ügyben, { $date }
email-case-hearing-reminder-body = Emlékeztetjük, hogy a(z) { $reference } ügyben meghallgatás lesz, időpontja: { $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = Lezárva
nav-obligations = Lejárt kötelezettségek
case-settlement = Egyezség
proposals-title = Javaslatok
proposals-empty = Még senki sem tett javaslatot.
proposal-number = { $count }. javaslat
proposal-by-consumer = a fogyasztó ajánlata
proposal-by-trader = a vállalkozás ajánlata
proposal-by-mediator = a közvetítő által javasolt megoldás
proposal-by-blind = az összeg, amelynél a rejtett ajánlatok találkoztak
proposal-status-open = válaszra vár
proposal-status-withdrawn = visszavonva
proposal-status-countered = ellenjavaslattal megválaszolva
proposal-status-rejected = elutasítva
proposal-status-accepted = mindenki elfogadta
proposal-answer-accepted = elfogadta
proposal-answer-rejected = elutasította
proposal-revised = módosítva ({ $count }. változat), időpont: { $date }
proposal-counters = ellenjavaslat a(z) { $count }. javaslatra
proposal-waived-reflection = lemondott a gondolkodási időről
proposal-item = { $count }. tétel
proposal-new = Javaslat tétele
proposal-answer = Válasz erre a javaslatra
proposal-accept = Elfogadás
proposal-reject = Elutasítás
proposal-revise = A javaslat módosítása
proposal-withdraw = A javaslat visszavonása
field-item-kind = Típus
hint-item-kind = Ha egy tételre nincs szüksége, hagyja üresen a típusát.
field-item-side = Kötelezett fél
field-item-action = Intézkedés
hint-item-action = Intézkedés esetén: mit kell tenni.
field-item-amount = Összeg
hint-item-amount = Fizetés esetén: az összeg, például 149.90.
field-item-currency = Pénznem
field-item-due-on = Határidő
field-item-description = Részletek
field-proposal-note = Egyéb feltételek, saját szavaival
field-counters = Válasz erre a javaslatra
hint-counters = Válassza ki azt a javaslatot, amelyre ellenjavaslatot tesz, vagy új javaslat esetén hagyja üresen.
field-proposal-answer = Az Ön válasza
field-reason-if-rejecting = Indok (elutasítás esetén kötelező)
settlement-kind-payment = Fizetés
settlement-kind-action = Intézkedés
settlement-action-repair = Javítás
settlement-action-replacement = Csere
settlement-action-return = Az áru visszaszolgáltatása
settlement-action-refund = Visszatérítés
settlement-action-apology = Bocsánatkérés
settlement-action-other = Egyéb intézkedés
settlement-term-payment = A { $side } { $what } összeget fizet. Határidő: { $due }.
settlement-term-action = A { $side } vállalja: { $what }. Határidő: { $due }.
solution-new = Megoldás javaslása
solution-intro = Az Ön által javasolt megoldás nem kötelező erejű. Csak arra támaszkodhat, amit mindkét fél látott: hivatkozhat a mindenkivel megosztott üzenetekre és dokumentumokra, bizalmasakra azonban soha.
solution-non-binding = Ez a javasolt megoldás nem kötelező erejű: mindkét fél szabadon elfogadhatja vagy elutasíthatja.
solution-reflection-until = A megoldás ettől az időponttól fogadható el: { $date }, kivéve, ha lemond a gondolkodási időről.
solution-read-and-accept = Tájékoztatás az elfogadás jelentéséről, és elfogadás
field-cites = Amire a megoldás támaszkodik
hint-cites = Jelölje be azokat a megosztott üzeneteket és dokumentumokat, amelyekre a megoldás támaszkodik.
cites-empty = Még semmit sem osztottak meg mindenkivel.
solution-page-title = A közvetítő által javasolt megoldás elfogadása
solution-terms = A javasolt megoldás
solution-before-you-accept = Mielőtt elfogadja
solution-info-optional = Nem köteles elfogadni ezt a megoldást. Elutasíthatja, vagy egyszerűen nem válaszol rá.
solution-info-court = Az eljárásban való részvétel nem akadályozza meg abban, hogy – most vagy később – bírósághoz forduljon, ha nem fogadja el a megoldást.
solution-info-differ = A javasolt megoldás eltérhet attól a döntéstől, amelyet a jogszabályokat alkalmazó bíróság hozna.
solution-info-effect = Ha mindkét fél elfogadja, a megoldás Önre nézve kötelező egyezséggé válik: a benne foglaltakat az abban megadott határidőkig teljesítenie kell, a központ pedig figyelemmel kíséri a teljesítését.
field-solution-informed = Ezt a tájékoztatást elolvastam és megértettem.
field-solution-waive = Nem kívánom megvárni a gondolkodási idő végét.
solution-accept = A javasolt megoldás elfogadása
solution-no-longer-open = Ez a javasolt megoldás már nem fogadható el.
blind-title = Rejtett ajánlatok
blind-intro-consumer = Adja meg bizalmasan azt a legkisebb összeget, amelyet még elfogadna. A vállalkozás azt a legnagyobb összeget adja meg, amelyet hajlandó lenne kifizetni. Ha az összegek találkoznak vagy majdnem találkoznak, a vita pénzbeli része a kettő közötti középértéken rendeződik; ha nem, egyikük sem tudja meg a másik összegét.
blind-intro-trader = Adja meg bizalmasan azt a legnagyobb összeget, amelyet hajlandó lenne kifizetni. A fogyasztó azt a legkisebb összeget adja meg, amelyet még elfogadna. Ha az összegek találkoznak vagy majdnem találkoznak, a vita pénzbeli része a kettő közötti középértéken rendeződik; ha nem, egyikük sem tudja meg a másik összegét.
blind-met-at = A rejtett ajánlatok ennél az összegnél találkoztak: { $amount }. Egy ilyen fizetést tartalmazó javaslat vár mindkét fél elfogadására.
blind-round = { $count }. forduló (összesen { $rounds }).
blind-missed-rounds = { $count ->
    [one] Egy forduló úgy zárult le, hogy az összegek nem találkoztak.
   *[other] { $count } forduló úgy zárult le, hogy az összegek nem találkoztak.
}
blind-your-figure = Az Ön összege ebben a fordulóban: { $amount }.
blind-other-entered = A másik fél már megadta összegét ebben a fordulóban.
blind-waiting = A másik fél még nem adta meg összegét.
field-blind-amount-consumer = A legkisebb összeg, amelyet még elfogadna ({ $currency })
field-blind-amount-trader = A legnagyobb összeg, amelyet hajlandó lenne kifizetni ({ $currency })
hint-blind-amount = Ezt az összeget csak Ön látja.
blind-enter = Összegem megadása
blind-no-rounds-left = A rejtett ajánlatok minden fordulója lezajlott.
agreement-title = Egyezség
agreement-recorded = Rögzítve: { $date }. Nem módosítható.
agreement-print = Nyomtatható egyezség
agreement-download-text = Az egyezség szövegként (az SHA-256 ellenőrzéséhez)
agreement-centre = Alternatív vitarendezési központ
agreement-case = Ügy
agreement-consumer = Fogyasztó
agreement-trader = Vállalkozás
agreement-mediator = Közvetítő
agreement-proposal = Javaslat
agreement-version = változat
agreement-date = Az egyezség időpontja
agreement-terms = Feltételek:
agreement-note = További feltételek:
agreement-acceptances = Elfogadta:
agreement-hash-explained = A fenti SHA-256 értéket az egyezségnek pontosan az itt nyomtatott szövegéből számítottuk, UTF-8 kódolású egyszerű szövegfájlként; a portálról letölthető szöveg segítségével bárki ellenőrizheti.
agreement-hash-mismatch = A tárolt szöveg nem egyezik az SHA-256 értékével: forduljon a központhoz.
obligations-title = Kötelezettségek
obligation-status-due = teljesítendő
obligation-status-done = teljesítve, megerősítésre vár
obligation-status-confirmed = megerősítve
obligation-status-reported = nem teljesítését jelezték
obligation-status-not-honoured = nem teljesítették
obligation-outcome-honoured = határidőben teljesítve
obligation-outcome-late = késedelmesen teljesítve
obligation-outcome-not-honoured = nem teljesítették
obligation-overdue = határidő lejárt
obligation-done-at = Teljesítettnek jelölve: { $date }
obligation-evidence = bizonyíték
obligation-reported-because = Nem teljesítését jelezték:
obligation-mark-done = Teljesítettnek jelölés
field-obligation-note = Megjegyzés (nem kötelező)
field-obligation-document = Bizonyíték (nem kötelező)
hint-obligation-document = Az ügy minden résztvevőjével már megosztott dokumentum, például fizetési bizonylat.
obligation-confirm = Igen, teljesítették
obligation-report = Nem, nem teljesítették
field-reason-if-not-honoured = Indok (a nem teljesítés jelzése esetén kötelező)
obligation-judge = Döntés erről a kötelezettségről
field-obligation-decision = Döntés
obligation-judged-honoured = Mégis teljesítették
event-propose = Javaslat megtéve
event-withdraw-proposal = Javaslat visszavonva
event-answer-proposal = Válasz javaslatra
event-blind-offer = Rejtett ajánlat megadva
event-settle = Egyezséggel rendezve: az egyezség rögzítve
event-mark-done = Kötelezettség teljesítettnek jelölve
event-answer-obligation = Kötelezettség megerősítve, vagy nem teljesítése jelezve
event-judge-obligation = A központ döntött egy kötelezettségről
event-close-compliance = Lezárva: minden kötelezettség rendeződött
overdue-title = Lejárt kötelezettségek
overdue-caption = Egyezségekből eredő kötelezettségek, amelyek határideje lejárt, a legrégebbivel kezdve
overdue-case = Ügy
overdue-obligation = Kötelezettség
overdue-due = Határidő
overdue-days-late = Késés (nap)
overdue-status = Állapot
overdue-empty = Nincs lejárt kötelezettség.
non-compliance-title = Egyezséget nem teljesítő vállalkozások
non-compliance-intro = Ezek a vállalkozások nem teljesítették a központ előtt az elmúlt 12 hónapban létrejött egyezséget. A vállalkozás lekerül a listáról, amint teljesít, vagy 12 hónap elteltével.
non-compliance-caption = Vállalkozások és a nem teljesített kötelezettségek száma
non-compliance-count = Nem teljesített kötelezettségek
non-compliance-empty = Egy vállalkozás sincs a listán.
error-amount-zero = Az összegnek nagyobbnak kell lennie nullánál.
error-due-in-past = A határidő nem lehet korábbi a mai napnál.
error-proposal-no-items = Adjon meg legalább egy tételt: fizetést vagy intézkedést.
error-proposal-withdrawn = Ezt a javaslatot visszavonták.
error-proposal-countered = Erre a javaslatra ellenjavaslattal válaszoltak; kérjük, az ellenjavaslatra válaszoljon.
error-proposal-rejected = Ezt a javaslatot elutasították.
error-proposal-accepted = Ezt a javaslatot már elfogadták.
error-proposal-changed = Ez a javaslat módosult, amióta megnyitotta. Olvassa el az új változatot, majd válaszoljon újra.
error-already-accepted = Az Ön oldala már elfogadta ezt a változatot.
error-must-confirm-information = Erősítse meg, hogy elolvasta a fenti tájékoztatást.
error-reflection-period = A gondolkodási idő még nem telt le. Jelölje be a négyzetet, ha lemond róla, vagy térjen vissza később.
error-cites-not-shared = A javasolt megoldás csak olyan üzenetekre és dokumentumokra hivatkozhat, amelyeket mindkét fél látott.
error-comment-window-open = Az egyik fél még észrevételt tehet a másik fél beadványára. A megoldást az észrevételezési határidő lejárta után javasolja.
error-blind-met = A rejtett ajánlatok már találkoztak.
error-blind-no-rounds = A rejtett ajánlatok minden fordulója lezajlott.
error-blind-entered = Ebben a fordulóban már megadta összegét.
error-obligation-not-due = Ez a kötelezettség nem vár teljesítésre.
error-obligation-settled = Ez a kötelezettség már rendeződött.
error-obligation-not-yet-due = A nem teljesítés a határidő lejárta után jelezhető, vagy miután a kötelezettséget teljesítettnek jelölték.
error-obligation-not-marked-done = Akkor erősíthető meg, ha a másik fél teljesítettnek jelölte. Ha enélkül teljesült, jelezze: a központ dönt.
error-obligation-not-decidable = Ez a döntés nem felel meg a kötelezettség jelenlegi állapotának.
email-case-proposal-subject = Új egyezségi javaslat a(z) { $reference } ügyben
email-case-proposal-body = A másik fél egyezségi javaslatot tett a(z) { $reference } ügyben. A portálon elfogadhatja, elutasíthatja, vagy ellenjavaslatot tehet.
email-case-solution-proposed-subject = A közvetítő megoldást javasol a(z) { $reference } ügyben
email-case-solution-proposed-body = A közvetítő megoldást javasolt a(z) { $reference } ügyben. A javaslat nem kötelező erejű: olvassa el a portálon, azzal együtt, hogy mit jelent az elfogadása.
email-case-proposal-revised-subject = Módosult egy javaslat a(z) { $reference } ügyben
email-case-proposal-revised-body = Módosítottak egy egyezségi javaslatot a(z) { $reference } ügyben. A korábbi elfogadások nem vonatkoznak az új változatra.
email-case-proposal-withdrawn-subject = Visszavontak egy javaslatot a(z) { $reference } ügyben
email-case-proposal-withdrawn-body = Visszavontak egy egyezségi javaslatot a(z) { $reference } ügyben.
email-case-proposal-accepted-subject = Elfogadtak egy javaslatot a(z) { $reference } ügyben
email-case-proposal-accepted-body = Az egyik fél elfogadott egy egyezségi javaslatot a(z) { $reference } ügyben.
email-case-proposal-rejected-subject = Elutasítottak egy javaslatot a(z) { $reference } ügyben
email-case-proposal-rejected-body = Az egyik fél elutasított egy egyezségi javaslatot a(z) { $reference } ügyben. Az indok a portálon olvasható.
email-case-blind-offer-subject = Rejtett ajánlat vár a(z) { $reference } ügyben
email-case-blind-offer-body = A másik fél megadta bizalmas összegét a(z) { $reference } ügyben. Adja meg az Önét, hogy kiderüljön, találkoznak-e az összegek.
email-case-blind-met-subject = A rejtett ajánlatok találkoztak a(z) { $reference } ügyben
email-case-blind-met-body = A bizalmas összegek a(z) { $reference } ügyben találkoztak: a vita pénzbeli része ezen az összegen rendeződik: { $amount }. Az egyezség rögzítéséhez fogadja el a javaslatot a portálon.
email-case-blind-missed-subject = A rejtett ajánlatok nem találkoztak a(z) { $reference } ügyben
email-case-blind-missed-body = A bizalmas összegek a(z) { $reference } ügyben nem találkoztak. Egyik fél sem tudja meg a másik összegét. { $count ->
    [0] Több forduló nem maradt.
    [one] Még egy forduló van hátra.
   *[other] Még { $count } forduló van hátra.
}
email-case-settled-subject = Egyezség a(z) { $reference } ügyben
email-case-settled-body = Mindkét fél ugyanazt a javaslatot fogadta el: a(z) { $reference } ügyben egyezség jött létre. Az egyezséget mellékeltük; SHA-256 értéke: { $sha256 }.
email-case-obligation-done-subject = Egy kötelezettséget teljesítettnek jelöltek a(z) { $reference } ügyben
email-case-obligation-done-body = A másik fél jelezte, hogy teljesítette, amit a(z) { $reference } ügyben létrejött egyezség előír. A portálon erősítse meg ezt, vagy jelezze, hogy a kötelezettséget nem teljesítették.
email-case-obligation-confirmed-subject = Egy kötelezettség teljesítését megerősítették a(z) { $reference } ügyben
email-case-obligation-confirmed-body = A másik fél megerősítette, hogy a(z) { $reference } ügyben létrejött egyezség egyik kötelezettségét teljesítették.
email-case-obligation-reported-subject = Egy kötelezettség nem teljesítését jelezték a(z) { $reference } ügyben
email-case-obligation-reported-body = Jelezték, hogy a(z) { $reference } ügyben létrejött egyezség egyik kötelezettségét nem teljesítették. A központ megvizsgálja az esetet.
email-case-obligation-decided-subject = A központ döntött egy kötelezettségről a(z) { $reference } ügyben
email-case-obligation-decided-body = A központ döntött arról, hogy a(z) { $reference } ügyben létrejött egyezség egyik kötelezettségét teljesítették-e. A döntés a portálon olvasható.
email-case-obligation-due-soon-subject = Kötelezettség határideje: { $due } ({ $reference })
email-case-obligation-due-soon-body = A(z) { $reference } ügyben létrejött egyezség egyik kötelezettségének határideje: { $due }. A teljesítés után jelölje teljesítettnek a portálon.
email-case-obligation-overdue-subject = Lejárt egy kötelezettség határideje a(z) { $reference } ügyben
email-case-obligation-overdue-body = A(z) { $reference } ügyben létrejött egyezség egyik kötelezettségének határideje ez volt: { $due }, és a teljesítést nem erősítették meg.
email-case-compliance-closed-subject = A(z) { $reference } ügy lezárult
email-case-compliance-closed-body = A(z) { $reference } ügyben létrejött egyezség minden kötelezettsége rendeződött, és az ügy lezárult.

## Jelentések (2013/11/EU irányelv, Art. 7(2) és 19(3)), képzési napló, a vállalkozás adatai, élő áttekintés
nav-reports = Jelentések
notice-report-texts-saved = A központ e jelentéshez tartozó szövegeit elmentettük.
notice-training-added = A képzést felvettük a képzési naplójába.
report-kind-annual = Éves tevékenységi jelentés
report-kind-biennial = Kétévente készülő jelentés a hatóságnak
report-title-annual = Éves tevékenységi jelentés
report-title-biennial = Kétévente készülő jelentés az illetékes hatóságnak
report-field-kind = Jelentés
report-field-from = Kezdő dátum
report-field-to = Záró dátum
report-show = A jelentés megjelenítése
report-period = Időszak: { $from } – { $to } (a napokat UTC szerint számítjuk).
report-compared = Összevetve a következő időszakkal: { $from } – { $to }.
report-downloads = Ugyanezen adatok letöltése:
report-scope-note = Belföldi jogviták azok, amelyekben a fogyasztó abban az országban lakik, ahol a vállalkozás letelepedett; minden más jogvita határokon átnyúló. Minden adatot mindkét csoportra külön, valamint az összes jogvitára együtt is megadunk.
report-scope-domestic = Belföldi
report-scope-cross-border = Határokon átnyúló
report-scope-all = Összes
report-measure-count = Szám
report-measure-percent = %
report-measure-previous = Előző időszak
report-measure-change = Változás
report-measure-mean-days = Átlag (nap)
report-measure-median-days = Medián (nap)
report-measure-p90-days = 90. percentilis (nap)
report-none = Ebben az időszakban nincs ilyen.
report-total-received = Beérkezett viták
report-total-refused = Elutasított viták
report-total-resolved = Eredménnyel zárult eljárások
report-total-solutions-accepted = Mindkét fél által elfogadott megoldási javaslatok
report-total-ended = Lezárult eljárások
report-total-obligations = A vállalkozás rendeződött kötelezettségei
report-total-discontinued = Eredmény előtt megszűnt eljárások
report-total-complied = Teljesítve (határidőben vagy késedelmesen)
report-a-title = (a) Beérkezett viták és a panaszok típusai
report-a-sectors = Beérkezett viták ágazatonként
report-a-problems = Beérkezett viták a probléma jellege szerint
report-b-title = (b) Rendszerszintű vagy jelentős problémák
report-b-intro = Azok a vállalkozások, ágazatok és problématípusok, amelyekkel kapcsolatban a legtöbb vita érkezett, az előző időszakkal összevetve.
report-b-traders = A legtöbb vitával érintett vállalkozások
report-b-sectors = A legtöbb vitával érintett ágazatok
report-b-problems = A legtöbb vitát kiváltó problématípusok
report-recommendations = A központ ajánlásai e problémák elkerülésére vagy megoldására
report-text-empty = A központ erre az időszakra még nem írta meg ezt a szöveget.
report-c-title = (c) Elutasított viták
report-c-grounds = Elutasítások indok szerint (Art. 5(4))
report-d-title = (d) Eredmények
report-d-intro = Az időszakban eredménnyel zárult eljárások: a felek békés úton rendezték a vitát, vagy az eljárás a közvetítő által javasolt megoldással zárult; ez utóbbiakat aszerint számoljuk, hogy kinek a javára szólnak (függetlenül attól, hogy a felek elfogadták-e).
report-d-outcomes = Az eredménnyel zárult eljárások kimenetele
report-outcome-amicable = A felek békés úton rendezték
report-outcome-consumer = A fogyasztó javára szóló megoldás
report-outcome-partly = Részben a fogyasztó javára szóló megoldás
report-outcome-trader = A vállalkozás javára szóló megoldás
report-outcome-no-solution = Nem rendeződött, megoldási javaslat nem született
report-e-title = (e) Megszűnt eljárások
report-e-discontinued = Az eredmény előtt megszűnt eljárások aránya
report-e-endings = Hogyan zárultak az eljárások
report-ending-settled = Egyezséggel lezárva
report-ending-not-settled = Egyezség nélkül lezárva
report-ending-withdrawn-consumer = A fogyasztó visszalépett
report-ending-withdrawn-trader = A vállalkozás visszalépett
report-ending-trader-declined = A vállalkozás nem vállalta a részvételt
report-ending-deemed-refusal = Vélelmezett elutasítás (a vállalkozás nem válaszolt)
report-f-title = (f) A viták rendezéséhez szükséges idő
report-f-intro = Az időszakban eredménnyel zárult eljárásoknál a vita beérkezésének napjától, illetve az iratanyag hiánytalanná válásának napjától számítva; továbbá az az idő, amely alatt a vállalkozás válaszolt a központ felkérésére.
report-duration-from-receipt = A beérkezéstől az eredményig
report-duration-from-complete = A hiánytalan iratanyagtól az eredményig
report-duration-trader-response = A felkéréstől a vállalkozás válaszáig
report-g-title = (g) Az eredmények teljesítése
report-g-intro = A vállalkozásnak az egyezségekből eredő kötelezettségei, amelyek sorsa az időszakban eldőlt.
report-g-complied = Teljesítési arány
report-g-compliance = Kötelezettségek a teljesítés módja szerint
report-compliance-honoured = Határidőben teljesítve
report-compliance-late = Késedelmesen teljesítve
report-compliance-not-honoured = Nem teljesítették
report-h-title = (h) Együttműködés az AVR-fórumok hálózataiban a határokon átnyúló jogviták rendezése érdekében
report-training-title = A közvetítők és a munkatársak képzése
report-training-total = Összes óra
report-training-empty = Erre az időszakra nem rögzítettek képzést.
report-assessment = A központ értékelése saját hatékonyságáról és fejlesztési lehetőségeiről
report-texts-title = A központ szövegei
report-texts-intro = Ezeket a szövegeket az erre az időszakra vonatkozó jelentéssel együtt őrizzük meg. A bekezdéseket üres sorral válassza el.
report-texts-save = Szövegek mentése
error-report-period-order = A záró dátum nem lehet korábbi a kezdő dátumnál.
error-report-period-long = Egy jelentés legfeljebb tíz évet ölelhet fel.
training-title = Képzési napló
training-intro = Rögzítse az elvégzett képzéseket. A hatóságnak kétévente készülő jelentés felsorolja őket.
training-empty = Még nincs rögzített képzés.
training-add = Képzés hozzáadása
training-field-person = Személy
training-field-title = Képzés
training-field-provider = Képző szervezet
training-field-started-on = Első nap
training-field-ended-on = Utolsó nap
training-field-hours = Óraszám
training-hours-hint = Például 7,5
error-training-end-before-start = Az utolsó nap nem lehet korábbi az első napnál.
error-training-in-future = A képzést csak a befejezése után rögzítse.
error-training-hours = Adja meg az óraszámot: 0-nál többet, legfeljebb egy tizedesjeggyel, például 7,5.
figures-title = Vitáink adatai
figures-intro = Az Ön vállalkozását érintő, a központ által ebben az időszakban kezelt viták, belföldi és határokon átnyúló bontásban.
figures-disputes = Viták
figures-response = Válaszidők
figures-outcomes = Eredmények
live-title = A központ ma
live-failed-mail = Kézbesítetlen e-mailek: { $count }
live-by-state = Folyamatban lévő ügyek állapot szerint
live-intake = Befogadási döntések, amelyek határideje öt napon belül lejár vagy már lejárt (3 hét)
live-trader = Vállalkozások válaszai, amelyek határideje öt napon belül lejár vagy már lejárt
live-outcome = Eredmények, amelyek határideje 14 napon belül lejár vagy már lejárt (90 nap)
live-due-on = Határidő
live-workload = A közvetítők leterheltsége
live-mediator = Közvetítő
live-open-cases = Folyamatban lévő ügyek
live-in-mediation = Közvetítés alatt

# issue 16: input at the edge
error-amount-decimals = Az összegben több tizedesjegy van, mint amennyi a pénznemnek (EUR esetén kettő, JPY esetén egy sem).
error-date-too-old = Ez a dátum több mint tíz évvel ezelőtti.
error-date-too-far = Ez a dátum túl messze van: legfeljebb két évvel mától.
error-date-report-range = Adjon meg egy dátumot 2000. január 1. és a következő év vége között.
error-date-calendar-range = Adjon meg egy dátumot 2000 és a tíz év múlva záruló év között.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = Ez a cím olyan fiókhoz tartozik, amely nem járhat el az ügyben ennek a félnek a nevében.
signin-throttled-other-way = Ha ez az Ön fiókja, nem kell várnia: e-mailben küldhetünk egy hivatkozást új jelszó választásához, és utána azonnal bejelentkezhet.
signin-throttled-reset-link = Kérek e-mailben egy hivatkozást új jelszó választásához
email-signup-existing-subject = Valaki fiókot próbált létrehozni az Ön címével
email-signup-existing-body = Valaki új Concilia-fiókot próbált létrehozni ezzel az e-mail-címmel. A címhez már tartozik fiók, ezért második fiók nem jött létre, és az Ön fiókjában semmi sem változott.
email-signup-existing-signin = Bejelentkezés a fiókomba
email-signup-existing-reset = Elfelejtette a jelszavát? Itt választhat újat
email-signup-existing-ignore = Ha nem Ön volt, nyugodtan hagyja figyelmen kívül ezt az e-mailt: a jelszava nélkül senki sem használhatja a fiókját.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = A küldött adatok megszűntek érkezni, ezért semmi sem maradt meg belőlük. Ellenőrizze a kapcsolatát, és küldje el újra.
error-page-too-many-uploads = Már több feltöltése is folyamatban van. Várja meg, amíg befejeződnek, majd próbálja újra.
error-page-form-pending = Ezt az űrlapot már elküldte, és a feldolgozása még folyamatban van. Várjon egy kicsit, majd töltse újra az oldalt az eredményért.
error-too-many-files = Egy feltöltésben túl sok a fájl. Semmi sem lett mentve: küldje el őket kisebb csoportokban.
error-case-documents-full = Ebben az ügyben már a megengedett legtöbb dokumentum szerepel. Semmi sem lett mentve. Forduljon a központhoz.

# issue 17: coded values
case-role-consumer = Fogyasztó
case-role-trader = Vállalkozás
case-role-mediator-pending = Közvetítő (az összeférhetetlenségi nyilatkozat hiányzik)
case-role-mediator = Közvetítő
case-role-staff = A központ munkatársa
case-role-system = A portál (automatikusan)
favours-consumer = a fogyasztó javára
favours-partly = részben mindkét fél javára
favours-trader = a vállalkozás javára
hearing-status-scheduled = kitűzve
hearing-status-cancelled = törölve

## The case workspace
case-sections = Az ügy részei
case-tab-overview = Áttekintés
case-tab-messages = Üzenetek
case-tab-documents = Dokumentumok
case-tab-hearings = Meghallgatások
case-tab-settlement = Megegyezés
case-tab-history = Előzmények
case-tab-new = { $count } új
document-file = Fájl
next-title = Mi következik
next-due = Határidő: { $date }, még { $days } nap
next-due-today = A határidő ma van: { $date }
next-due-overdue = A határidő { $date } volt: { $days } nap késés
next-who-mediator = A közvetítő
next-who-parties = Mindkét fél
next-other-steps = További lépések, amelyeket megtehet
next-task-check-file = { $yours ->
    [yes] Ellenőrizze, hogy az irat teljes-e, vagy kérje a fogyasztótól a hiányzókat.
   *[other] { $who } ellenőrzi, hogy az irat teljes-e.
}
next-task-provide-info = { $yours ->
    [yes] Küldje el a központnak a kért információt.
   *[other] { $who } feladata elküldeni a központ által kért információt.
}
next-task-decide = { $yours ->
    [yes] Fogadja be az ügyet, vagy indoklással utasítsa el.
   *[other] { $who } dönt az ügy befogadásáról.
}
next-task-trader-answer = { $yours ->
    [yes] Válaszoljon a vitára: vegyen részt az eljárásban, vagy utasítsa el.
   *[other] { $who } feladata válaszolni: részt vesz-e az eljárásban.
}
next-task-negotiate = { $yours ->
    [yes] Próbáljon közvetlenül megegyezni a másik féllel: tegyen ajánlatot, vagy kérjen közvetítőt.
   *[other] A felek közvetlenül próbálnak megegyezni.
}
next-task-decide-objection = { $yours ->
    [yes] Döntsön a közvetítő elleni kifogásról.
   *[other] { $who } dönt a közvetítő elleni kifogásról.
}
next-task-assign-mediator = { $yours ->
    [yes] Jelöljön ki közvetítőt az ügyhöz.
   *[other] { $who } közvetítőt jelöl ki.
}
next-task-declare = { $yours ->
    [yes] Nyilatkozzon, hogy nincs összeférhetetlensége a felekkel, vagy utasítsa el az ügyet.
   *[other] { $who } feladata nyilatkozni, hogy nincs összeférhetetlensége a felekkel.
}
next-task-answer-proposal = { $yours ->
    [yes] Válaszoljon a javaslatra: fogadja el vagy utasítsa el.
   *[other] { $who }: a javaslatra válasz szükséges.
}
next-task-mediate = { $yours ->
    [yes] Vezesse a közvetítést: tartson meghallgatást, vagy javasoljon megoldást.
   *[other] { $who } vezeti a közvetítést az eredmény felé.
}
next-task-honour = { $yours ->
    [yes] Teljesítse, amit a megállapodás előír, és jelölje teljesítettnek.
   *[other] { $who } feladata teljesíteni, amit a megállapodás előír.
}
next-task-confirm = { $yours ->
    [yes] Erősítse meg, hogy a megállapodás teljesült, vagy jelezze, hogy nem.
   *[other] { $who } feladata megerősíteni, hogy a megállapodás teljesült.
}
next-task-judge-obligation = { $yours ->
    [yes] Döntse el, hogy a megállapodást teljesítették-e.
   *[other] { $who } dönt arról, hogy a megállapodást teljesítették-e.
}
next-task-ended = Az ügy lezárult: senkitől nem vár további lépést.
next-action-propose = Javaslat tétele
next-action-answer-proposal = Válasz a javaslatra
next-action-schedule-hearing = Meghallgatás kitűzése
next-action-answer-hearing = Válasz a meghallgatásra szóló meghívásra
next-action-mark-done = Tartozása teljesítettnek jelölése
next-action-answer-obligation = Megerősítem a teljesítést
next-action-judge-obligation = Döntés a jelzett kötelezettségről
case-compliance-honoured = Megegyezés született, és a megállapodást teljesítették.
case-compliance-late = Megegyezés született, és a megállapodást késve teljesítették.
case-compliance-not-honoured = Megegyezés született, de a megállapodást nem teljesítették.
case-ended-on = Lezárva: { $date }
dashboard-waiting-for-you = Önre vár
dashboard-nothing-for-you = Jelenleg semmi sem vár Önre.
dashboard-waiting-for-others = Másokra vár
dashboard-hearings-week = Meghallgatások a következő hét napban
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar.
history-actor = { $who ->
    [mediator] A közvetítő
    [centre] A központ
    [system] A Concilia
   *[person] { $name }
}
history-someone = Valaki
history-submit = { $actor } benyújtotta a vitát, amelynek ügyszáma { $reference }.
history-request-info = { $actor } további információt kért.
history-provide-info = { $actor } megküldte a kért információt.
history-mark-complete = { $actor } megállapította, hogy az ügy iratai hiánytalanok; az eredmény határideje { $due }.
history-accept = { $actor } befogadta a vitát, és felhívta a vállalkozást, hogy { $due } napjáig válaszoljon.
history-refuse = { $actor } elutasította a vita intézését. Indok: { $ground }
history-join = { $actor } a vállalkozás nevében vállalta a részvételt az eljárásban.
history-decline = { $actor } a vállalkozás nevében elutasította a részvételt az eljárásban.
history-deemed-refusal = A vállalkozás { $due } napjáig nem válaszolt, ezért úgy kell tekinteni, hogy elutasította a részvételt.
history-request-mediation = { $actor } közvetítést kért.
history-end-negotiation = A közvetlen tárgyalásra szánt idő megegyezés nélkül telt le, ezért megkezdődött a közvetítés.
history-assign-mediator = { $actor } közvetítőt jelölt ki: { $mediator }.
history-declare-no-conflict = { $actor } nyilatkozott, hogy egyik féllel szemben sem áll fenn összeférhetetlenség.
history-decline-assignment = { $actor } nem vállalta a közvetítést ebben az ügyben.
history-object = { $actor } kifogást emelt a közvetítő ellen.
history-decide-objection = { $upheld ->
    [yes] { $actor } helyt adott a kifogásnak: a közvetítő már nem foglalkozik az üggyel.
   *[no] { $actor } elutasította a kifogást: a közvetítő továbbra is foglalkozik az üggyel.
}
history-extend = { $actor } { $due } napjáig meghosszabbította az eredmény határidejét.
history-close-not-settled = { $actor } egyezség nélkül lezárta az ügyet.
history-withdraw = { $actor } visszalépett az eljárásból.
history-mark-complex = { $actor } összetettnek jelölte a vitát.
history-log-correspondence = { $direction ->
    [incoming] { $actor } rögzített egy { $date } napján érkezett levelet.
   *[outgoing] { $actor } rögzített egy { $date } napján küldött levelet.
}
history-add-member = { $capacity ->
    [assistant] { $actor } segítőként hozzáadta az ügyhöz: { $member }.
   *[representative] { $actor } képviselőként hozzáadta az ügyhöz: { $member }.
}
history-link-group = { $actor } összekapcsolta ezt az ügyet egy kapcsolódó üggyel: { $linked }.
history-schedule-hearing = { $actor } meghallgatást tűzött ki erre az időpontra: { $starts }.
history-reschedule-hearing = { $actor } áttette a meghallgatást erre az időpontra: { $starts }.
history-cancel-hearing = { $actor } lemondott egy meghallgatást.
history-answer-hearing = { $answer ->
    [attend] { $actor } részt vesz a meghallgatáson.
    [another_time] { $actor } másik időpontot kért a meghallgatásra.
   *[hidden] { $actor } válaszolt a meghallgatásra szóló meghívásra.
}
history-record-minutes = { $actor } rögzítette a meghallgatás jegyzőkönyvét.
history-propose = { $kind ->
    [solution] { $actor } megoldási javaslatot tett a vita rendezésére.
    [counter] { $actor } ellenajánlatot tett.
    [revised] { $actor } módosított egy javaslatot.
   *[offer] { $actor } egyezségi ajánlatot tett.
}
history-withdraw-proposal = { $actor } visszavont egy egyezségi ajánlatot.
history-answer-proposal = { $decision ->
    [accepted] { $of ->
        [solution] { $actor } elfogadta a közvetítő megoldási javaslatát.
        [blind] { $actor } elfogadta az összeget, amelyben a rejtett ajánlatok találkoztak.
       *[offer] { $actor } elfogadta az ajánlatot.
    }
   *[rejected] { $of ->
        [solution] { $actor } elutasította a közvetítő megoldási javaslatát.
        [blind] { $actor } elutasította az összeget, amelyben a rejtett ajánlatok találkoztak.
       *[offer] { $actor } elutasította az ajánlatot.
    }
}
history-blind-offer = { $outcome ->
    [met] { $actor } rejtett ajánlatot adott meg (forduló: { $round }); a két ajánlat ebben az összegben találkozott: { $amount }.
    [apart] { $actor } rejtett ajánlatot adott meg (forduló: { $round }); a két ajánlat túl messze volt egymástól.
   *[waiting] { $actor } rejtett ajánlatot adott meg (forduló: { $round }).
}
history-settle = A felek egyezséget kötöttek, és az egyezséget rögzítették.
history-mark-done = { $kind ->
    [payment] { $actor } jelezte, hogy a fizetés ({ $amount }) megtörtént.
   *[action] { $actor } jelezte, hogy a vállalt intézkedés ({ $action }) megtörtént.
}
history-answer-obligation = { $decision ->
    [confirm] { $kind ->
        [payment] { $actor } megerősítette, hogy a fizetés ({ $amount }) megtörtént.
       *[action] { $actor } megerősítette, hogy a vállalt intézkedés ({ $action }) megtörtént.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } jelezte, hogy a fizetés ({ $amount }) nem történt meg.
       *[action] { $actor } jelezte, hogy a vállalt intézkedés ({ $action }) nem történt meg.
    }
}
history-judge-obligation = { $decision ->
    [honoured] { $kind ->
        [payment] { $actor } úgy döntött, hogy a fizetés ({ $amount }) megtörtént.
       *[action] { $actor } úgy döntött, hogy a vállalt intézkedés ({ $action }) megtörtént.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } úgy döntött, hogy a fizetés ({ $amount }) nem történt meg.
       *[action] { $actor } úgy döntött, hogy a vállalt intézkedés ({ $action }) nem történt meg.
    }
}
history-close-compliance = Az egyezség minden kötelezettsége rendeződött, ezért az ügy lezárult.
history-document-redacted = { $known ->
    [yes] { $actor } kitakart másolatra cserélte ezt a dokumentumot: „{ $title }”.
   *[no] { $actor } kitakart másolatra cserélt egy dokumentumot.
}
## Dates
date-deadline-today = { $date } (ma esedékes)
date-deadline-left = { $date } (még { $days } nap)
date-deadline-overdue = { $date } ({ $days } nappal lejárt)
agreement-back = Vissza a(z) { $reference } ügyhöz
