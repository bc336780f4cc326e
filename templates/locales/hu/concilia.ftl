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
notice-signed-up = Üdvözöljük a Concilia portálon! E-mailt küldtünk Önnek, hogy megerősíthesse a címét.

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
role-trader_user = Vállalkozás
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
