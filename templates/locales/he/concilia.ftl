# Concilia — Hebrew.
# One message per text a person sees. Translators: keep the ids, translate the text.

app-name = Concilia
yes = כן
no = לא

## Navigation and layout
nav-skip = דילוג לתוכן הראשי
nav-label = ראשי
nav-dashboard = לוח בקרה
nav-organisations = עוסקים
nav-users = משתמשים
nav-outbox = דואר יוצא
nav-account = החשבון שלי
nav-signin = להתחבר
nav-signup = ליצור חשבון
nav-signout = להתנתק
language-label = שפה
language-switch = להחליף
footer-text = Concilia הוא שירות בלתי תלוי ליישוב סכסוכים. השירות אינו כרוך בתשלום לצרכנים, והוא אינו מצדד באף צד.
list-next-page = לעמוד הבא

## Notices shown after an action
notice-signed-out = התנתקת מהחשבון.
notice-email-verified = תודה: כתובת הדוא״ל שלך אושרה.
notice-password-reset = הסיסמה שלך שונתה. אפשר להתחבר איתה עכשיו.
notice-password-changed = הסיסמה שלך שונתה. בוצעה התנתקות בכל שאר המכשירים.
notice-email-change-sent = שלחנו קישור לכתובת החדשה שלך. הכתובת תשתנה לאחר פתיחת הקישור.
notice-email-changed = כתובת הדוא״ל שלך שונתה.
notice-verification-sent = שלחנו אליך קישור אימות חדש.
notice-reset-sent = אם קיים חשבון עם הכתובת הזו, שלחנו אליה קישור לבחירת סיסמה חדשה. הקישור תקף למשך שעה אחת.
notice-invitation-accepted = החשבון שלך מוכן. אפשר להתחבר עם הסיסמה החדשה.
notice-organisation-created = העוסק נוסף.
notice-invitation-sent = ההזמנה נשלחה.
notice-user-disabled = החשבון הושבת, ובוצעה התנתקות ממנו בכל המכשירים.
notice-user-enabled = החשבון הופעל מחדש.
notice-language-saved = השפה שבחרת נשמרה.
notice-mail-requeued = ההודעה תישלח שוב בקרוב.
notice-signed-up = תודה. שלחנו הודעת דוא״ל לכתובת שמסרת; יש ללחוץ על הקישור שבה כדי לאשר את הכתובת. אפשר להתחבר עכשיו עם הסיסמה שבחרת.

verify-banner = נא לאשר את כתובת הדוא״ל שלך: שלחנו קישור אל { $email }.
verify-resend = לשלוח את הקישור שוב

## Home page
home-title = יישוב סכסוך עם עוסק, בלי ללכת לבית המשפט
home-lead = Concilia הוא מרכז ליישוב סכסוכים חלופי (ADR). כשאין הסכמה בינך לבין עוסק בעניין משהו שקנית, מגשר בלתי תלוי מסייע לשני הצדדים להגיע לפתרון הוגן.
home-cta = להגיש תלונה
home-have-account = כבר יש לי חשבון
home-who-title = למי השירות מיועד
home-who-body = לכל צרכן שרכש מעוסק מוצרים או שירותים לשימוש פרטי, פנים אל פנים או באינטרנט, לרבות מעוסק במדינה אחרת באיחוד האירופי. עוסקים אינם יכולים לפתוח כאן הליך נגד צרכן.
home-first-title = קודם כול: להתלונן בפני העוסק
home-first-body = לפני הפנייה אלינו יש לפנות לעוסק בעניין הבעיה ולתת לו הזדמנות לתקן אותה. יש לשמור את תשובת העוסק, או לרשום מתי נשלחה אליו הפנייה אם לא השיב כלל: נבקש את המידע הזה.
home-cost-title = כמה זה עולה
home-cost-body = לצרכנים זה לא עולה דבר. ההליך אינו כרוך בתשלום, ואין צורך בעורך דין.
home-time-title = כמה זמן זה לוקח
home-time-body = בתוך שלושה שבועות נודיע לך אם נוכל לטפל בתלונה, ואם לא, נפרט את הנימוקים. מרגע שהתיק שלך הושלם, ההליך מסתיים בתוך 90 יום, ותוצאותיו נמסרות בכתב.
home-steps-title = מה קורה, שלב אחר שלב
home-step-1 = פותחים חשבון ומתארים את הסכסוך: מי העוסק, מה נרכש, מתי הוגשה התלונה לעוסק ומה השיב, מה מבוקש, ומצרפים את הראיות.
home-step-2 = אנחנו בודקים שהתיק שלם ושבאפשרותנו לטפל בו, ומקבלים אותו או דוחים אותו בנימוק.
home-step-3 = אנחנו מזמינים את העוסק להשיב. כל צד רואה את הטיעונים והראיות של הצד השני.
home-step-4 = מגשר מסייע לשני הצדדים, בכתב או בדיון, ועשוי להציע הסדר פשרה.
home-step-5 = תוצאות ההליך נמסרות בכתב. אם הצדדים מגיעים להסכמה, אנחנו מתעדים אותה וגם אם היא קוימה.
home-withdraw = אפשר לפרוש מההליך בכל עת. השימוש ב-Concilia אינו מונע פנייה לבית המשפט בהמשך.

## Dashboards
dashboard-welcome = שלום, { $name }
dashboard-consumer-empty-title = עדיין אין לך תיקים
dashboard-consumer-empty-body = תלונה שתועבר לטיפולנו תופיע כאן, עם הסטטוס שלה והשלב הבא. חשוב לוודא שקודם לכן פנית לעוסק ושמרת את תשובתו.
dashboard-trader-org = החשבון שלך פועל בשם { $organisation }.
dashboard-trader-empty-title = אין תיקים הנוגעים לעסק שלך
dashboard-trader-empty-body = כאשר צרכן יגיש סכסוך הנוגע לעסק שלך, תישלח אליך הזמנה להשיב כאן ובדוא״ל.
dashboard-mediator-empty-title = לא הוקצו לך תיקים
dashboard-mediator-empty-body = כאשר המרכז יקצה לך תיק, הוא יופיע כאן יחד עם המועדים שלו.
dashboard-admin-title = ניהול המרכז
dashboard-admin-body = כאן מוסיפים את העוסקים שעובדים עם המרכז, מזמינים את אנשי הצוות שלהם ומזמינים מגשרים.

## Form fields
field-name = שם מלא
field-email = כתובת דוא״ל
field-password = סיסמה
field-new-password = סיסמה חדשה
field-password-confirm = אימות הסיסמה
field-current-password = הסיסמה הנוכחית
field-new-email = כתובת דוא״ל חדשה
field-language = שפת הפורטל והודעות הדוא״ל
field-org-name = שם העוסק
field-registration-number = מספר רישום החברה
field-contact-email = כתובת דוא״ל לפניות בנושא תלונות
field-sector = ענף
field-is-member = עוסק חבר במרכז
hint-password = לפחות 12 תווים. משפט של כמה מילים קל לזכור וקשה לנחש.

## Form errors
error-form-has-problems = נא לתקן את השדות המסומנים למטה.
error-form-expired = תוקף הטופס פג, ולכן שום דבר לא נשמר. נא לבדוק את הפרטים שהוזנו ולשלוח שוב.
error-required = נא למלא שדה זה.
error-too-long = הערך ארוך מדי.
error-invalid-characters = הערך מכיל תווים שאינם מותרים.
error-email-invalid = יש להזין כתובת דוא״ל, למשל name@example.com.
error-email-taken = כתובת הדוא״ל הזו כבר משמשת חשבון קיים. אפשר להתחבר או לבקש סיסמה חדשה.
error-email-unchanged = זו כבר כתובת הדוא״ל שלך.
error-password-too-short = הסיסמה חייבת להכיל לפחות 12 תווים.
error-password-too-long = הסיסמה יכולה להכיל 256 תווים לכל היותר.
error-password-mismatch = שתי הסיסמאות אינן זהות.
error-current-password-wrong = הסיסמה הנוכחית שגויה.
error-language-unknown = יש לבחור אחת מהשפות המוצעות.
error-registration-taken = כבר קיים עוסק עם מספר רישום זה.
error-signin-failed = כתובת הדוא״ל או הסיסמה שגויות.
error-signin-throttled = יותר מדי ניסיונות התחברות. נא להמתין { $minutes ->
    [one] דקה אחת
    [two] שתי דקות
   *[other] { $minutes } דקות
} ולנסות שוב.
error-account-disabled = החשבון הזה הושבת. נא לפנות למרכז.

## Links sent by email
link-problem-title = הקישור הזה אינו פועל
link-problem-next = אפשר לבקש קישור חדש, או להתחבר אם כבר יש לך סיסמה.
error-link-invalid = הקישור אינו תקין. נא לוודא שהעתקת אותו במלואו.
error-link-expired = תוקף הקישור פג.
error-link-used = כבר נעשה שימוש בקישור הזה.

## Error pages
error-title = שגיאה { $status }
error-back-home = חזרה לדף הבית
error-page-not-found = לא מצאנו את הדף הזה.
error-page-forbidden = אין לך הרשאת גישה לדף הזה.
error-page-csrf = תוקף הטופס פג או שהוא לא נשלח מאתר זה, ולכן שום דבר לא נשמר. יש לחזור אחורה, לטעון מחדש את הדף ולנסות שוב.
error-page-unauthenticated = נא להתחבר כדי להמשיך.
error-page-token-expired = תוקף ההתחברות שלך פג. נא להתחבר שוב.
error-page-token-invalid = ההתחברות שלך כבר אינה תקפה. נא להתחבר שוב.
error-page-bad-request = לא ניתן היה להבין את הבקשה.
error-input-malformed = הערך אינו בצורה המצופה.
error-page-too-large = הנתונים שנשלחו גדולים מדי.
error-page-unavailable = השירות אינו זמין כרגע. נא לנסות שוב בעוד כמה דקות; שום דבר ששמרת לא אבד.
error-page-internal = משהו השתבש אצלנו. נא לנסות שוב; אם הבעיה חוזרת, יש לפנות למרכז.

## Accounts
signup-title = יצירת חשבון
signup-intro = כדי להגיש תלונה ולעקוב אחריה, יש צורך בחשבון.
signup-submit = ליצור את החשבון
signup-have-account = כבר יש לך חשבון?
signin-title = התחברות
signin-submit = להתחבר
signin-forgot = שכחת את הסיסמה?
signin-no-account = עדיין אין לך חשבון?
forgot-title = בחירת סיסמה חדשה
forgot-intro = יש להזין את כתובת הדוא״ל של החשבון. נשלח אליך קישור לבחירת סיסמה חדשה.
forgot-submit = לשלוח לי קישור
reset-title = בחירת סיסמה חדשה
reset-submit = לשמור את הסיסמה החדשה
invitation-title = הגדרת החשבון שלך
invitation-intro = שלום, { $name }. כדי לסיים את הגדרת החשבון שלך, יש לבחור סיסמה.
invitation-submit = לשמור ולהמשיך
email-confirm-title = אישור כתובת הדוא״ל החדשה
email-confirm-intro = יש ללחוץ על הכפתור כדי שמעתה תשמש הכתובת הזו לחשבון שלך.
email-confirm-submit = לאשר את הכתובת החדשה
settings-title = החשבון שלי
settings-password-title = שינוי הסיסמה
settings-password-submit = לשנות את הסיסמה
settings-email-title = שינוי כתובת הדוא״ל
settings-email-intro = נשלח קישור לכתובת החדשה; היא תחליף את הכתובת הישנה לאחר פתיחת הקישור.
settings-email-submit = לשלוח קישור אימות

## Administration
orgs-title = עוסקים
orgs-caption = העוסקים הרשומים במרכז
orgs-empty = עדיין אין עוסקים. אפשר להוסיף את הראשון למטה.
orgs-member-column = חבר
orgs-new-title = הוספת עוסק
orgs-new-submit = להוסיף את העוסק
org-users-title = אנשים המשיבים בשם העוסק
org-users-empty = עדיין אין אף אחד. אפשר להזמין את מי שישיב לתלונות.
org-invite-title = הזמנת משתמש
invite-submit = לשלוח את ההזמנה
users-title = משתמשים
users-caption = כל בעלי החשבונות
users-role-column = תפקיד
users-status-column = סטטוס
users-actions-column = פעולות
users-disable = להשבית
users-enable = להפעיל
users-invite-mediator-title = הזמנת מגשר
user-status-active = פעיל
user-status-invited = הוזמן
user-status-disabled = מושבת
role-consumer = צרכן
role-trader-user = עוסק
role-mediator = מגשר
role-admin = מנהל מערכת

## Outgoing mail
outbox-title = דואר יוצא
outbox-intro = הודעות שעדיין לא נמסרו. { $sent ->
    [one] הודעה אחת נמסרה.
    [two] שתי הודעות נמסרו.
   *[other] { $sent } הודעות נמסרו.
}
outbox-caption = הודעות ממתינות או שנכשלו, מהישנה לחדשה
outbox-empty = כל ההודעות נמסרו.
outbox-recipient = נמען
outbox-subject = נושא
outbox-attempts = ניסיונות
outbox-last-error = התשובה האחרונה של שרת הדואר
outbox-status-pending = ממתינה, הניסיון הבא: { $at }
outbox-status-failed = נכשלה
outbox-retry = לשלוח שוב

## Emails
email-footer = Concilia, יישוב סכסוכים בלתי תלוי. הודעה זו נשלחה אליך בשל חשבון או תיק ב-Concilia.
email-greeting = שלום { $name },
email-link-fallback = אם הכפתור אינו פועל, יש להעתיק את הכתובת הזו לדפדפן:
email-open-account = לעבור לחשבון שלי
email-verify-email-subject = אישור כתובת הדוא״ל שלך
email-verify-body = נא לאשר שזו כתובת הדוא״ל שלך, כדי שנוכל ליצור איתך קשר בנוגע לתלונה שלך.
email-verify-action = לאשר את הכתובת שלי
email-verify-ignore = אם לא יצרת חשבון ב-Concilia, אפשר להתעלם מהודעה זו.
email-password-reset-subject = בחירת סיסמה חדשה
email-reset-body = התקבלה בקשה לשנות את הסיסמה של החשבון שלך ב-Concilia. הקישור תקף לשימוש אחד, למשך שעה אחת.
email-reset-action = לבחור סיסמה חדשה
email-reset-ignore = אם לא ביקשת זאת, אפשר להתעלם מהודעה זו: הסיסמה שלך לא תשתנה.
email-invitation-subject = הוזמנת להצטרף ל-Concilia
email-invitation-body = המרכז יצר עבורך חשבון ב-Concilia. כדי להתחיל להשתמש בו, יש לבחור סיסמה.
email-invitation-action = להגדיר את החשבון שלי
email-invitation-expiry = הקישור תקף לשימוש אחד, למשך שבעה ימים.
email-email-change-subject = אישור כתובת הדוא״ל החדשה שלך
email-change-body = ביקשת להשתמש בכתובת הזו לחשבון שלך ב-Concilia.
email-change-action = לאשר את הכתובת החדשה
email-change-ignore = אם לא ביקשת זאת, אפשר להתעלם מהודעה זו; שום דבר לא ישתנה.
email-password-changed-subject = הסיסמה שלך שונתה
email-password-changed-body = הסיסמה של החשבון שלך ב-Concilia שונתה זה עתה, ובוצעה התנתקות בכל שאר המכשירים.
email-password-changed-warning = אם השינוי לא בוצע על ידך, יש לבחור מיד סיסמה חדשה באמצעות "שכחת את הסיסמה?" ולפנות למרכז.
email-email-change-requested-subject = התקבלה בקשה לשינוי כתובת הדוא״ל שלך
email-change-requested-body = מישהו שמחובר לחשבון שלך ביקש לשנות את כתובת הדוא״ל של החשבון. השינוי יתבצע רק לאחר פתיחת הקישור שנשלח לכתובת החדשה.

## Language and time zone
settings-preferences-title = שפה ואזור זמן
field-time-zone = אזור זמן לתאריכים ולשעות
settings-preferences-submit = לשמור
error-time-zone-unknown = יש לבחור אחד מאזורי הזמן המוצעים.
notice-preferences-saved = השפה ואזור הזמן נשמרו.

## Disputes: shared words
error-page-conflict = לא ניתן לבצע זאת במצבו הנוכחי של התיק. יש לטעון מחדש את דף התיק כדי לראות באיזה שלב הוא נמצא.
error-choice-unknown = יש לבחור אחת מהאפשרויות המוצעות.
error-country-unknown = יש לבחור מדינה מהרשימה.
error-currency-unknown = יש להזין קוד מטבע, למשל EUR, BGN או HUF.
error-amount-invalid = יש להזין סכום, למשל 149.90.
error-amount-negative = הסכום אינו יכול להיות שלילי.
error-amount-too-large = הסכום הזה גבוה מדי לסכסוך צרכני.
error-date-invalid = יש להזין תאריך, למשל 2026-03-14.
error-date-future = התאריך הזה עוד לא הגיע.
error-complaint-before-purchase = התלונה לעוסק אינה יכולה להיות מוקדמת מהרכישה.
error-must-confirm = נא לאשר זאת כדי להגיש את הסכסוך.
error-trader-email-has-account = כתובת הדוא״ל של העוסק שייכת לחשבון מסוג אחר. יש להוסיף את העוסק למאגר העוסקים ולבחור בו בתיק.
error-case-unknown = אין תיק עם המספר הזה.
error-extension-days = יש להזין מספר ימים בין 1 ל-90.
error-member-exists = לאדם הזה כבר יש גישה לתיק.
error-backup-same = איש הקשר החלופי חייב להיות אדם אחר מאיש הקשר ליישוב סכסוכים.
error-holiday-exists = היום הזה כבר מופיע בלוח החגים של המדינה הזו.
field-country = מדינה
field-address = כתובת
field-participation-mandatory = חובת השתתפות ביישוב סכסוכים חלופי (רק הצרכן רשאי לפרוש)
field-date = תאריך
field-holiday-name = שם החג
nav-cases = תיקים
nav-file = הגשת סכסוך
nav-intake = תיקים נכנסים
nav-holidays = חגים
nav-about = על המרכז וכלליו
nav-my-organisation = העסק שלי
notice-case-filed = הסכסוך שלך הוגש. שלחנו אליך אישור בדוא״ל.
notice-step-done = בוצע. התיק עודכן.
notice-contacts-saved = אנשי הקשר ליישוב סכסוכים נשמרו.
notice-holiday-added = החג נוסף.
side-consumer = הצרכן
side-trader = העוסק

## Lists
sector-goods = מוצרים כלליים
sector-electronics = אלקטרוניקה ומוצרי חשמל
sector-clothing = ביגוד והנעלה
sector-vehicles = כלי רכב ותיקונים
sector-travel = תיירות ונופש
sector-transport = תחבורת נוסעים
sector-telecoms = תקשורת ואינטרנט
sector-energy = אנרגיה ומים
sector-financial = שירותים פיננסיים
sector-health = בריאות
sector-leisure = פנאי ותרבות
sector-other = אחר
problem-defective = פגום או ניזוק
problem-not-delivered = לא סופק או לא ניתן
problem-not-as-described = לא תואם את התיאור
problem-late = איחור באספקה
problem-billing = חיובים ומחירים
problem-contract = תנאי החוזה וביטולו
problem-warranty = אחריות
problem-service-quality = איכות השירות
problem-unfair-practice = פרקטיקה מסחרית בלתי הוגנת
problem-other = אחר
claim-refund = החזר כספי
claim-repair = תיקון
claim-replacement = החלפה
claim-price-reduction = הפחתת מחיר
claim-compensation = פיצוי
claim-other = אחר
channel-online = באינטרנט
channel-post = בדואר
channel-phone = בטלפון
channel-in-person = פנים אל פנים
ground-no-prior-complaint = הצרכן לא ניסה קודם לפתור את העניין מול העוסק
ground-frivolous = הסכסוך קנטרני או טורדני
ground-elsewhere = הסכסוך נדון או נדון בעבר בגוף אחר ליישוב סכסוכים חלופי או בבית משפט
ground-below-threshold = שווי התביעה נמוך מהסף שקבע המרכז
ground-above-threshold = שווי התביעה גבוה מהסף שקבע המרכז
ground-too-late = הסכסוך הוגש לאחר שחלף המועד שנקבע מאז התלונה לעוסק
ground-impairs-operation = הטיפול בסכסוך יפגע קשות בפעילות המרכז
capacity-representative = נציג
capacity-assistant = מסייע
correspondence-incoming = התקבל
correspondence-outgoing = נשלח
state-draft = טיוטה
state-submitted = התקבל
state-awaiting-info = ממתין למידע
state-complete = התיק הושלם
state-awaiting-trader = ממתין לעוסק
state-negotiation = משא ומתן ישיר
state-mediation = גישור
state-settled = הושגה הסכמה
state-not-settled = נסגר ללא הסכמה
state-withdrawn = נסגר עקב פרישה
state-trader-declined = העוסק סירב להשתתף
state-refused = נדחה

## Filing a dispute
file-title = הגשת סכסוך
file-intro = אם התלוננת בפני עוסק ולא הגעתם להסכמה, המרכז יכול לעזור לשניכם למצוא פתרון. { $count ->
        [one] הטופס כולל שלב קצר אחד
       *[other] הטופס כולל { $count } שלבים קצרים
    }; הפרטים נשמרים תוך כדי מילוי, כך שאפשר לחזור אליו מאוחר יותר.
file-start = להתחיל
file-continue = להמשיך בטיוטה שלי
file-steps-label = שלבי הטופס
file-step-trader = העוסק
file-step-purchase = מה נרכש
file-step-complaint = התלונה שלך והבקשה שלך
file-step-details = תיאור
file-step-evidence = ראיות
file-step-review = בדיקה והגשה
file-on-behalf-of = מוזן עבור { $name }
file-trader-chosen = נבחר מהמאגר: { $name }. כדי לשנות, אפשר לחפש שוב או להזין עוסק אחר למטה.
file-trader-search = חיפוש במאגר העוסקים
file-trader-search-submit = לחפש
file-trader-results = עוסקים שנמצאו
file-trader-member = חבר במרכז
file-trader-pick = לבחור בעוסק הזה
file-trader-none-found = אף עוסק במאגר אינו תואם לחיפוש. יש להזין את פרטי העוסק למטה.
file-trader-manual = או להזין את פרטי העוסק
file-trader-no-answer = לא, העוסק לא השיב
file-save-next = לשמור ולהמשיך
file-evidence-intro = הוסיפו את מה שתומך בתלונה: הקבלה או החוזה, תמונות, המכתבים או הודעות הדוא"ל שהוחלפו עם העוסק. לאחר הגשת התלונה, כל המשתתפים בתיק יראו אותם. אפשר להוסיף מסמכים גם מאוחר יותר.
file-evidence-none = עדיין לא נוספו מסמכים.
file-evidence-remove = הסרה
file-evidence-remove-named = הסרת { $title }
file-evidence-continue = המשך לסקירה
file-review-documents = מסמכים שיוגשו עם התלונה
file-review-change-documents = הוספה או הסרה של מסמכים
file-review-problems = לפני ההגשה, יש עוד כמה חלקים שדורשים את תשומת לבך:
file-submit = להגיש את הסכסוך
file-field-trader = עוסק
file-field-consumer = צרכן
file-field-trader-name = שם העוסק
file-field-trader-email = כתובת הדוא״ל של העוסק
file-field-trader-country = מדינת העוסק
file-field-trader-address = כתובת העוסק
file-field-sector = ענף
file-field-problem-kind = סוג הבעיה
file-field-purchase-description = מה נרכש או במה נעשה שימוש
file-field-purchase-date = תאריך הרכישה
file-field-price = המחיר ששולם
file-field-price-currency = מטבע
file-field-complained-on = תאריך התלונה לעוסק
file-field-trader-responded = האם העוסק השיב?
file-field-trader-response = תשובת העוסק
file-field-claim-kind = מה מבוקש
file-field-claim-amount = הסכום המבוקש
file-field-claim-currency = מטבע הסכום
file-field-description = מה קרה
file-field-language = שפת ההליך
file-field-consumer-country = מדינת המגורים שלך
file-field-not-elsewhere = אני מאשר/ת שהסכסוך הזה אינו נדון בבית משפט או בגוף אחר ליישוב סכסוכים.
hint-amount = לדוגמה 149.90
hint-currency = שלוש אותיות, למשל EUR
hint-complained-on = יש להשאיר ריק אם עדיין לא הוגשה תלונה לעוסק. בדרך כלל המרכז מבקש לנסות קודם מול העוסק.
hint-trader-response = בקצרה, מה העוסק השיב.
hint-claim-amount = נדרש לבקשת החזר כספי, הפחתת מחיר או פיצוי.
hint-description = נא לתאר במילים שלך: מה קרה, מתי, ומה נעשה עד כה.
hint-procedure-language = המכתבים וההליך יתנהלו בשפה הזו.
terms-title = לפני ההגשה
terms-free = הגשת סכסוך אינה כרוכה בתשלום.
terms-fee = עלות הגשת סכסוך היא { $fee }.
terms-no-lawyer = אין צורך בעורך דין. בכל שלב אפשר להיות מיוצגים או להיעזר באדם לבחירתך.
terms-withdraw = אפשר לפרוש מההליך בכל עת.
terms-outcome = אם מושגת הסכמה בינך לבין העוסק, ההסכם מחייב את שניכם כחוזה. פתרון שמציע המגשר מחייב אותך רק אם קיבלת אותו.
terms-court = ההשתתפות אינה מונעת פנייה לבית המשפט; כל עוד ההליך מתנהל, מרוץ תקופות ההתיישנות מושעה.
terms-more = לקריאת כללי המרכז
on-behalf-title = הזנת תלונה בשם צרכן
on-behalf-intro = לתלונות שהגיעו בדואר, בטלפון או פנים אל פנים. אם יש לצרכן כתובת דוא״ל, הוא יקבל גישה בדוא״ל.
on-behalf-consumer-name = שם הצרכן
on-behalf-consumer-email = כתובת הדוא״ל של הצרכן
hint-on-behalf-email = לא חובה. יש להשאיר ריק אם אין לצרכן כתובת דוא״ל.
on-behalf-submit = להמשיך לטופס

## The case page
case-title = תיק { $reference }
case-days-left = { $days ->
    [one] נותר יום אחד עד לתוצאה
    [two] נותרו יומיים עד לתוצאה
   *[other] נותרו { $days } ימים עד לתוצאה
}
case-days-overdue = { $days ->
    [one] יום אחד לאחר המועד האחרון לתוצאה
    [two] יומיים לאחר המועד האחרון לתוצאה
   *[other] { $days } ימים לאחר המועד האחרון לתוצאה
}
case-parties = הצדדים
case-mediator = מגשר
case-mediator-pending = טרם הצהיר על אי-תלות
case-no-mediator = טרם הוקצה
case-decision-warning = { $days ->
    [one] התקבל לפני יום אחד: יש להחליט בתוך 21 יום
    [two] התקבל לפני יומיים: יש להחליט בתוך 21 יום
   *[other] התקבל לפני { $days } ימים: יש להחליט בתוך 21 יום
}
case-dates = מועדים
case-received-at = התקבל
case-completed-at = התיק הושלם
case-outcome-due = מועד אחרון לתוצאה
case-extended = הוארך
case-trader-due = מועד אחרון לתשובת העוסק
case-negotiation-until = משא ומתן ישיר עד
case-complex = סכסוך מורכב
case-closed-at = נסגר
case-certificate = להוריד אישור על מועדי ההליך
case-outcome = תוצאה
case-withdrawn-by = { $side } פרש מההליך
case-info-requested = המרכז זקוק למידע נוסף
case-objection = התנגדות למגשר
case-automatic-grounds = עילות דחייה אפשריות (בדיקה אוטומטית)
case-automatic-grounds-hint = זוהו אוטומטית מהנתונים שהוזנו; ההחלטה מתקבלת בידי אדם.
case-conflict-title = בדיקת ניגוד עניינים
case-conflict-intro = התיק הזה הוקצה לך. לפני העיון בתיק יש להצהיר שאין לך ניגוד עניינים עם אף אחד מהצדדים, או לסרב לתיק.
case-actions = מה אפשר לעשות
case-group = תיקים קשורים
case-facts = הסכסוך
case-timeline = היסטוריית התיק
case-cross-border = חוצה גבולות
case-no-complaint-date = לא צוין
case-channel = אופן הקבלה
case-reference = מספר
case-days-left-column = ימים שנותרו
event-submit = הסכסוך הוגש
event-request-info = התבקש מידע
event-provide-info = נמסר מידע
event-mark-complete = התיק סומן כשלם
event-accept = הסכסוך התקבל; העוסק הוזמן
event-refuse = הסכסוך נדחה
event-join = העוסק משתתף בהליך
event-decline = העוסק סירב להשתתף
event-deemed-refusal = העוסק לא השיב בזמן
event-request-mediation = התבקש גישור
event-end-negotiation = תקופת המשא ומתן הסתיימה; הגישור מתחיל
event-assign-mediator = הוקצה מגשר
event-declare-no-conflict = המגשר הצהיר שאין לו ניגוד עניינים
event-decline-assignment = המגשר סירב לתיק
event-object = התנגדות למגשר
event-decide-objection = ניתנה החלטה בהתנגדות
event-extend = המועד הוארך
event-close-not-settled = נסגר ללא הסכמה
event-withdraw = פרישה מההליך
event-mark-complex = סומן כמורכב
event-log-correspondence = תועדה התכתבות
event-add-member = נוסף נציג או מסייע
event-link-group = קושר לתיק קשור
step-request-info = לבקש מידע חסר
step-request-info-hint = הצרכן יקבל הודעת דוא״ל וישיב בדף הזה. בינתיים התיק ממתין.
step-provide-info = לשלוח את המידע המבוקש
step-provide-info-hint = יש להשיב לבקשת המרכז.
step-mark-complete = לסמן את התיק כשלם
step-mark-complete-hint = שני הצדדים יקבלו הודעה, ו-90 הימים לתוצאה יתחילו להימנות עכשיו.
step-accept = לקבל את הסכסוך ולהזמין את העוסק
step-accept-hint = העוסק יקבל הודעת דוא״ל ויעמדו לרשותו 20 ימי עבודה להשיב (30 אם הסכסוך מורכב).
step-refuse = לדחות את הסכסוך
step-refuse-hint = יש לבחור עילה ולפרט את הנימוקים; שני הצדדים יקבלו אותם.
step-join = להשתתף בהליך
step-join-hint = יש למסור תשובה ראשונה: העובדות כפי שהן נראות לך, וכל הצעה.
step-decline = לסרב להשתתף
step-decline-hint = התיק ייסגר, והצרכן יקבל הודעה עם הסיבה שציינת.
step-request-mediation = לבקש גישור עכשיו
step-request-mediation-hint = מגשר יסייע לשני הצדדים. עדיין אפשר להגיע להסכמה ישירה.
step-assign-mediator = להקצות מגשר
step-assign-mediator-hint = לפני העיון בתיק, על המגשר להצהיר שאין לו ניגוד עניינים.
step-declare-no-conflict = אין לי ניגוד עניינים
step-declare-no-conflict-hint = אני מצהיר/ה שאני בלתי תלוי/ה בשני הצדדים ושאין לי עניין בתוצאה.
step-decline-assignment = לסרב לתיק הזה
step-decline-assignment-hint = יש לציין את הסיבה; המרכז יקצה מגשר אחר.
step-object = להגיש התנגדות למגשר
step-object-hint = המרכז יכריע בהתנגדות שלך ועשוי להקצות מגשר אחר.
step-decide-objection = להכריע בהתנגדות
step-decide-objection-hint = אפשר לקבל אותה ולהסיר את המגשר, או לדחות אותה. שני הצדדים והמגשר יקבלו הודעה.
step-extend = להאריך את המועד
step-extend-hint = פעם אחת בלבד, בסכסוך מורכב ובצירוף נימוקים. שני הצדדים יקבלו הודעה.
step-close-not-settled = לסגור ללא הסכמה
step-close-not-settled-hint = יש לכתוב סיכום מנומק; שני הצדדים יקבלו אותו בכתב.
step-withdraw = לפרוש מההליך
step-withdraw-hint = אפשר לפרוש בכל עת. שאר המשתתפים יקבלו הודעה.
step-mark-complex = לסמן כמורכב
step-mark-complex-hint = לעוסק יעמדו 30 ימי עבודה להשיב במקום 20.
step-log-correspondence = לתעד מכתב או שיחה
step-log-correspondence-hint = תיעוד התכתבות שלא עברה דרך הפורטל.
step-add-member = להוסיף נציג או מסייע
step-add-member-hint = הגישה שלו תהיה לתיק הזה בלבד.
step-link-group = לקשר לתיק קשור
step-link-group-hint = תיקים בקבוצה מטופלים יחד; לכל תיק נשארים הצדדים והתוצאה שלו.
field-request = מה חסר
field-answer = התשובה שלך
field-first-answer = התשובה הראשונה שלך
hint-first-answer = העובדות כפי שהן נראות לך, וכל הצעה שברצונך להציע.
field-reason = סיבה
field-ground = עילת הדחייה
field-reason-optional = סיבה (לא חובה)
field-mediator = מגשר
field-decision = החלטה
decision-uphold = לקבל: להסיר את המגשר
decision-dismiss = לדחות: המגשר נשאר
field-note = נימוקים
field-days = ימים
field-summary = סיכום
field-direction = כיוון
field-capacity = תפקיד
field-relationship = הקשר לצד
field-other-reference = מספר התיק הקשור
certificate-title = אישור על הליך ליישוב סכסוכים חלופי
certificate-intro = אישור זה מפרט את מועדי ההליך ליישוב סכסוכים חלופי { $reference }.
certificate-started = תחילת ההליך (התיק הושלם)
certificate-not-started = ההליך טרם החל
certificate-ended = סיום ההליך
certificate-ongoing = ההליך עדיין מתנהל
certificate-limitation = לפי סעיף 12 לדירקטיבה 2013/11/EU, תקופות ההתיישנות אינן מסתיימות כל עוד ההליך מתנהל.
certificate-issued = הונפק בתאריך { $at }.

## Lists and intake
cases-title = תיקים
cases-caption = תיקים, מהחדש לישן
cases-empty = אין תיקים להצגה.
filter-state = מצב
filter-mediator = מגשר
filter-trader = עוסק
filter-days-left = מועד התוצאה בתוך (ימים)
filter-search = חיפוש לפי מספר, שמות ותיאור
filter-submit = להציג
intake-title = תור התיקים הנכנסים
intake-intro = סכסוכים שממתינים להחלטת המרכז, מהישן לחדש. ההחלטה אם לקבל או לדחות צריכה להינתן בתוך 21 יום מקבלת התיק השלם.
intake-caption = ממתינים להחלטה
intake-days = ימים מאז הקבלה
intake-warning = { $days ->
    [one] נותר יום אחד להחלטה
    [two] נותרו יומיים להחלטה
   *[other] נותרו { $days } ימים להחלטה
}
intake-empty = אין סכסוכים שממתינים להחלטה.
dashboard-recent-cases = התיקים האחרונים שלך
dashboard-all-cases = כל התיקים

## Organisations and holidays
org-contacts-title = אנשי קשר ליישוב סכסוכים
org-contacts-intro = דואר בנוגע לתיקים נשלח לשני האנשים האלה במקום לכל אנשי העסק.
field-adr-contact = איש קשר ליישוב סכסוכים
field-adr-backup = איש קשר חלופי
org-contacts-submit = לשמור את אנשי הקשר
holidays-title = לוחות חגים
holidays-intro = חגים רשמיים אינם נחשבים ימי עבודה במניין המועד לתשובת העוסק באותה מדינה.
holidays-empty = עדיין לא הוזנו חגים.
holidays-add = להוסיף חג

## Public information
about-title = { $centre }: מי אנחנו ואיך אנחנו עובדים
about-intro = אנחנו מרכז ליישוב סכסוכים חלופי. אנחנו מסייעים לצרכנים ולעוסקים ליישב סכסוכים בלי לפנות לבית המשפט, באופן הוגן, מהיר ובכתב.
about-contact = יצירת קשר
about-mediators = מגשרים
about-mediators-intro = בסכסוכים מטפלים מגשרים בלתי תלויים ונטולי פניות שמינה המרכז.
about-scope = באילו סכסוכים אנחנו מטפלים
about-sectors = סכסוכים צרכניים עם עוסקים בענפים האלה:
about-thresholds-both = תביעות בסכום של { $min } עד { $max }.
about-threshold-min = תביעות בסכום של { $min } לפחות.
about-threshold-max = תביעות בסכום של עד { $max }.
about-no-thresholds = תביעות בכל סכום.
about-rules = כללי ההליך
about-rule-precondition = לפני ההגשה יש להתלונן בפני העוסק ולנסות לפתור את העניין מולו.
about-rule-filing-limit = יש להגיש את הסכסוך בתוך { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
} מיום התלונה לעוסק.
about-rule-decision = בתוך { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
} מקבלת התיק השלם נודיע לך אם נטפל בסכסוך, ואם לא, נפרט את הנימוקים.
about-rule-trader = לעוסק עומדים { $days ->
    [one] יום עבודה אחד
    [two] שני ימי עבודה
   *[other] { $days } ימי עבודה
} כדי להודיע אם הוא משתתף בהליך.
about-rule-negotiation = הצדדים רשאים לנסות תחילה להגיע להסכמה ישירה במשך { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
}; כל צד רשאי לבקש מגשר בכל עת.
about-rule-outcome = התוצאה ניתנת בתוך { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
} מהשלמת התיק; בסכסוך מורכב אפשר להאריך את המועד פעם אחת.
about-grounds = אנחנו רשאים לדחות סכסוך רק מהעילות האלה
about-download-rules = להוריד את הכללים
about-languages = שפות
about-costs = עלויות
about-length = כמה זמן זה לוקח
about-average = משך הזמן הממוצע מהשלמת התיק ועד לתוצאה: { $days ->
    [one] יום אחד
    [two] יומיים
   *[other] { $days } ימים
} (על סמך { $count ->
    [one] הליך אחד שנסגר
    [two] שני הליכים שנסגרו
   *[other] { $count } הליכים שנסגרו
}).
about-average-none = עדיין לא הסתיים אף הליך.
about-effect = מה משמעות התוצאה

## Case emails
email-case-action-open = לפתוח את התיק
email-case-action-invitation = להגדיר את החשבון שלי
email-case-note-intro = ההודעה:
email-case-received-subject = הסכסוך שלך { $reference } התקבל
email-case-received-body = תודה. הסכסוך שלך הוגש ומספרו { $reference }. המרכז יבדוק שהתיק שלם ויודיע לך בתוך 21 יום אם יוכל לטפל בסכסוך. בפורטל אפשר לעקוב אחר התיק, וגם לפרוש בכל עת.
email-case-consumer-invited-subject = אפשר לעקוב באינטרנט אחר הסכסוך שלך { $reference }
email-case-consumer-invited-body = המרכז הזין את התלונה שלך כתיק { $reference } ויצר עבורך חשבון, כדי שאפשר יהיה לעקוב אחריה ולהשיב באינטרנט. כדי להתחיל, יש לבחור סיסמה. הקישור תקף לשימוש אחד, למשך שבעה ימים.
email-case-info-requested-subject = נדרש מידע לגבי הסכסוך שלך { $reference }
email-case-info-requested-body = כדי להמשיך בטיפול בתיק { $reference }, המרכז זקוק ממך למידע נוסף. נא להשיב בדף התיק.
email-case-info-provided-subject = מידע חדש בתיק { $reference }
email-case-info-provided-body = הצרכן השיב לבקשת המידע בתיק { $reference }.
email-case-file-complete-subject = התיק { $reference } הושלם
email-case-file-complete-body = התיק בסכסוך { $reference } הושלם. התוצאה צריכה להינתן עד { $due }.
email-case-accepted-subject = הסכסוך שלך { $reference } התקבל לטיפול
email-case-accepted-body = המרכז קיבל לטיפול את הסכסוך { $reference } והזמין את העוסק, שעליו להודיע עד { $due } אם הוא משתתף בהליך.
email-case-trader-invited-subject = סכסוך צרכני ממתין לתשובתך: { $reference }
email-case-trader-invited-body = צרכן הגיש למרכז סכסוך עם העסק שלך ({ $reference }). נא להודיע עד { $due } בדף התיק אם העסק משתתף בהליך, ולמסור תשובה ראשונה.
email-case-trader-invited-new-subject = סכסוך צרכני ממתין לתשובתך: { $reference }
email-case-trader-invited-new-body = צרכן הגיש סכסוך עם העסק שלך למרכז שלנו ליישוב סכסוכים חלופי ({ $reference }). יש להגדיר את החשבון באמצעות הקישור החד-פעמי הזה (בתוקף למשך שבעה ימים) כדי לעיין בתיק ולהשיב בתוך 20 ימי עבודה.
email-case-refused-subject = לא ניתן לטפל בסכסוך { $reference }
email-case-refused-body = המרכז אינו יכול לטפל בסכסוך { $reference }. עילה: { $ground }.
email-case-trader-joined-subject = העוסק משתתף בהליך { $reference }
email-case-trader-joined-body = העוסק הסכים להשתתף בהליך { $reference } ומסר את תשובתו הראשונה.
email-case-trader-declined-subject = העוסק סירב להשתתף בהליך { $reference }
email-case-trader-declined-body = העוסק סירב להשתתף בהליך { $reference }, ולכן התיק נסגר. עדיין אפשר לפנות לבית המשפט או לגוף אחר.
email-case-deemed-refusal-subject = לא התקבלה תשובה מהעוסק בתיק { $reference }
email-case-deemed-refusal-body = העוסק לא השיב בתוך המועד שנקבע, והדבר נחשב לסירוב להשתתף. התיק { $reference } נסגר.
email-case-mediation-started-subject = הגישור בתיק { $reference } מתחיל
email-case-mediation-started-body = התיק { $reference } עובר לגישור. מגשר ינחה את הצדדים לקראת פתרון.
email-case-mediator-assigned-subject = הוקצה לך התיק { $reference }
email-case-mediator-assigned-body = המרכז הקצה לך את התיק { $reference }. לפני העיון בתיק יש להצהיר שאין לך ניגוד עניינים, או לסרב לתיק.
email-case-mediator-confirmed-subject = המגשר בתיק { $reference }
email-case-mediator-confirmed-body = הגישור בתיק { $reference } יתנהל בידי { $mediator }. המגשר הצהיר שאין לו ניגוד עניינים. אפשר להגיש התנגדות מנומקת למגשר בדף התיק.
email-case-mediator-declined-subject = מגשר סירב לתיק { $reference }
email-case-mediator-declined-body = המגשר שהוקצה לתיק { $reference } סירב לתיק. נא להקצות מגשר אחר.
email-case-objection-subject = התנגדות למגשר בתיק { $reference }
email-case-objection-body = אחד הצדדים מתנגד למגשר בתיק { $reference }. נא להכריע בדף התיק.
email-case-objection-upheld-subject = ההתנגדות בתיק { $reference } התקבלה
email-case-objection-upheld-body = המרכז קיבל את ההתנגדות למגשר בתיק { $reference }; יוקצה מגשר אחר.
email-case-objection-dismissed-subject = ההתנגדות בתיק { $reference } נדחתה
email-case-objection-dismissed-body = המרכז דחה את ההתנגדות למגשר בתיק { $reference }; המגשר ממשיך בתפקידו.
email-case-extended-subject = הוארך המועד בתיק { $reference }
email-case-extended-body = המגשר האריך את המועד לתוצאה בתיק { $reference } משום שהסכסוך מורכב. התוצאה צריכה להינתן כעת עד { $due }.
email-case-not-settled-subject = התיק { $reference } נסגר ללא הסכמה
email-case-not-settled-body = המגשר סגר את ההליך { $reference } ללא הסכמה. הודעה זו היא התיעוד הכתוב של התוצאה; עדיין אפשר לפנות לבית המשפט.
email-case-withdrawn-subject = פרישה מההליך { $reference }
email-case-withdrawn-body = { $side ->
    [consumer] הצרכן פרש מההליך { $reference }, וההליך נסגר.
    [trader] העוסק פרש מההליך { $reference }, וההליך נסגר.
    [centre] המרכז הפסיק את ההליך { $reference }, וההליך נסגר.
   *[other] { $side } פרש מההליך { $reference }, וההליך נסגר.
}
email-case-member-invited-subject = קיבלת גישה לתיק { $reference }
email-case-member-invited-body = צד לסכסוך { $reference } הוסיף אותך כנציג או כמסייע מטעמו. יש להגדיר את החשבון באמצעות הקישור החד-פעמי הזה (בתוקף למשך שבעה ימים) כדי לעקוב אחר התיק.
email-case-member-added-subject = קיבלת גישה לתיק { $reference }
email-case-member-added-body = צד לסכסוך { $reference } הוסיף אותך כנציג או כמסייע מטעמו. מעכשיו אפשר לעקוב אחר התיק בפורטל.
email-case-trader-reminder-subject = תזכורת: יש להשיב בתיק { $reference } עד { $due }
email-case-trader-reminder-body = הסכסוך הצרכני { $reference } עדיין ממתין לתשובתך. נא להודיע עד { $due } אם העסק משתתף בהליך; אם לא תתקבל תשובה, הדבר ייחשב לסירוב להשתתף והתיק ייסגר.
email-case-trader-reminder-new-subject = תזכורת: סכסוך צרכני ממתין לתשובתך ({ $reference })
email-case-trader-reminder-new-body = הסכסוך הצרכני { $reference } עדיין ממתין לתשובתך, והחשבון שלך טרם הוגדר. זהו קישור חד-פעמי חדש (בתוקף למשך שבעה ימים); הקישור הקודם כבר אינו פעיל.
email-case-intake-reminder-subject = המועד להחלטה על קבלת הסכסוך { $reference } מתקרב
email-case-intake-reminder-body = הסכסוך { $reference } התקבל לפני יותר מ-16 יום ועדיין ממתין להחלטה אם לקבל אותו לטיפול, החלטה שצריכה להינתן בתוך 21 יום מקבלתו.
email-case-outcome-reminder-subject = התוצאה בתיק { $reference } צריכה להינתן עד { $due }
email-case-outcome-reminder-body = התוצאה בהליך { $reference } צריכה להינתן עד { $due }. נא להביא את התיק לסיום, או להאריך את המועד פעם אחת אם הסכסוך מורכב.
intake-near-due = תיקים שמועד התוצאה שלהם בעוד 14 יום לכל היותר או שכבר חלף

## Notification preferences and the daily digest
settings-notifications-title = התראות בדוא״ל
settings-notifications-intro = יש לבחור, לכל סוג התראה, אם לקבל הודעת דוא״ל מיד או סיכום אחד ביום. התראות שהחוק מחייב (אישור קבלה, החלטת המרכז, תשובת העוסק, הארכות מועד ותוצאות ההליך) וקישורים שנחוצים לך נשלחים תמיד מיד.
notify-category-case-updates = עדכונים בתיקים שלך
notify-category-reminders = תזכורות על מועדים
notify-mode-immediate = מיד
notify-mode-digest = בסיכום יומי
settings-notifications-submit = לשמור את בחירת ההתראות
notice-notifications-saved = בחירת ההתראות שלך נשמרה.
email-digest-subject = הסיכום היומי שלך מ-Concilia
email-digest-intro = זה מה שקרה בתיקים שלך מאז הסיכום הקודם:
email-digest-settings = לשנות את אופן קבלת ההתראות

## The shared case file: messages and documents
case-messages = הודעות
case-messages-empty = אין עדיין הודעות.
case-documents = מסמכים
case-documents-empty = אין עדיין מסמכים.
audience-everyone = כל המשתתפים בתיק
audience-caucus-consumer = פרטי: הצד של הצרכן והמגשר
audience-caucus-trader = פרטי: הצד של העוסק והמגשר
message-new = חדש
field-audience = מי רואה
field-message = ההודעה שלך
hint-message = לא ניתן לשנות או למחוק הודעה לאחר שליחתה; כדי לתקן אותה, יש לשלוח הודעה נוספת. קישורים בהודעה יהיו ניתנים ללחיצה.
message-submit = לשלוח את ההודעה
field-document-title = כותרת
hint-document-title = יש להשאיר ריק כדי להשתמש בשם הקובץ.
field-document-description = תיאור (לא חובה)
field-files = קבצים
hint-files = PDF, תמונות (PNG, JPEG, WebP, HEIC), טקסט, CSV, Word, Excel, מסמכי טקסט OpenDocument, הודעות דוא״ל (EML), MP3, M4A או MP4; עד { $mb } MB לכל קובץ. אפשר לבחור כמה קבצים.
upload-submit = להעלות
document-uploaded-by = נוסף על ידי
document-size-bytes = { $size } בתים
error-message-too-long = הודעה יכולה להכיל 20,000 תווים לכל היותר.
error-file-too-large = הקובץ הזה גדול מהמותר.
error-case-files-full = אין עוד מקום למסמכים נוספים בתיק הזה. נא לפנות למרכז.
error-file-empty = הקובץ הזה ריק.
error-file-type-mismatch = תוכן הקובץ אינו תואם את שמו. נא לוודא שבחרת את הקובץ הנכון.
error-file-type = סוג הקובץ הזה אינו מתקבל. יש לשלוח PDF, תמונה, טקסט, מסמך משרדי, הודעת דוא״ל או הקלטה.
error-file-required = יש לבחור קובץ אחד לפחות.
notice-message-sent = ההודעה שלך נשלחה.
notice-documents-added = המסמכים נוספו לתיק.
notify-category-messages = הודעות ומסמכים חדשים
email-case-message-subject = הודעה חדשה בתיק { $reference }
email-case-message-body = הודעה חדשה ממתינה לך בתיק { $reference }. מטעמי פרטיות, היא מוצגת רק בפורטל. אפשר להגיב עליו בפורטל בתוך { $days } ימים.
email-case-document-subject = מסמך חדש בתיק { $reference }
email-case-document-body = מסמך חדש נוסף לתיק { $reference }. אפשר לעיין בו בפורטל. אפשר להגיב עליו בפורטל בתוך { $days } ימים.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = גררו קבצים לכאן, או לחצו כדי לבחור אותם
upload-waiting = ממתין
upload-uploading = מעלה…
upload-done = הועלה
upload-failed = ההעלאה נכשלה. נסו שוב.
document-preview = תצוגה מקדימה
document-preview-hint = אם הדפדפן אינו מציג כאן את המסמך, הורידו אותו.
document-back-to-case = חזרה לתיק
document-download = הורדה
document-redacted = הושחר על ידי { $name } ב־{ $date }:
document-redact = השחרה
document-redact-hint = מחליף את תוכן המסמך, למשל כדי להסיר מידע אישי של צד שלישי. העלו עותק מושחר, או אל תבחרו קובץ כדי להחליף את התוכן בהערה. נשמר תיעוד של מי השחיר, מתי ומדוע.
field-redacted-copy = עותק מושחר (לא חובה)
document-redacted-note = המרכז הסיר את תוכן המסמך ב־{ $date }. הסיבה: { $reason }
comment-window = עד { $date } רשאי { $side } להגיב להגשה האחרונה של הצד השני (סעיף 9(1)(a) להנחיה 2013/11/EU).
notice-document-redacted = המסמך הושחר.
event-document-redacted = מסמך הושחר
email-case-document-redacted-subject = מסמך בתיק { $reference } הושחר
email-case-document-redacted-body = המרכז השחיר מסמך בתיק { $reference }. אפשר לראות את התיעוד בפורטל.

# Hearings
case-hearings = דיונים
case-hearings-empty = לא נקבע דיון.
hearing-booked-in = { $local } לפי אזור הזמן { $zone }
hearing-cancelled = בוטל
hearing-minutes = פרוטוקול
hearing-private-notes = ההערות הפרטיות שלך
hearing-answer = להשיב להזמנה
field-hearing-answer = התשובה שלך
hearing-answer-attend = אשתתף
hearing-answer-another-time = אבקש מועד אחר
hearing-reschedule = לשנות את מועד הדיון
hearing-cancel = לבטל את הדיון
hearing-record-minutes = לרשום את הפרוטוקול
field-hearing-minutes = פרוטוקול לצדדים
hint-hearing-minutes = שני הצדדים יוכלו לקרוא אותו.
field-hearing-private-notes = הערות פרטיות
hint-hearing-private-notes = ההערות גלויות רק לך.
hearing-schedule = לקבוע דיון
field-time = שעה
field-hearing-time-zone = אזור זמן
hint-time-zone = אזור זמן, למשל Europe/Sofia. ההזמנה מציגה את השעה ביומן של כל משתתף לפי השעון שלו.
field-duration-minutes = משך בדקות
field-hearing-form = אופן הדיון
hearing-form-video = שיחת וידאו
hearing-form-phone = טלפון
hearing-form-in-person = פנים אל פנים
field-hearing-place = קישור, מספר טלפון או כתובת
hint-hearing-place = לשיחת וידאו – קישור https://, לדיון טלפוני – מספר הטלפון, לדיון פנים אל פנים – הכתובת.
hearings-calendar-title = הדיונים שלי
hearings-calendar-week = שבוע מ־{ $from } עד { $to }
hearings-calendar-weeks = שבועות
hearings-calendar-previous = לשבוע הקודם
hearings-calendar-this-week = השבוע
hearings-calendar-next = לשבוע הבא
hearings-calendar-empty = אין דיונים השבוע.
hearing-when = מתי
hearing-case = תיק
nav-hearings = דיונים
error-time-invalid = יש להזין שעה, למשל 14:30.
error-hearing-time-zone = יש להזין אזור זמן קיים, למשל Europe/Sofia.
error-duration = יש להזין משך בין 15 ל־480 דקות.
error-video-link = יש להזין את הקישור לשיחת הווידאו, שמתחיל ב־https://.
error-phone = יש להזין מספר טלפון בן 6 עד 20 ספרות.
error-time-ambiguous = באזור הזמן הזה השעון משתנה בשעה זו; יש לבחור שעה מוקדמת או מאוחרת יותר בשעה אחת.
error-hearing-in-past = מועד הדיון חייב להיות בעתיד.
error-hearing-overlaps = כבר נקבע לך דיון בשעה זו.
error-hearing-not-held = אפשר לרשום פרוטוקול רק לאחר שהדיון התחיל.
event-schedule-hearing = נקבע דיון
event-reschedule-hearing = מועד הדיון שונה
event-cancel-hearing = הדיון בוטל
event-answer-hearing = תשובה להזמנה לדיון
event-record-minutes = נרשם פרוטוקול הדיון
email-case-hearing-scheduled-subject = דיון בתיק { $reference }: { $date }
email-case-hearing-scheduled-body = המגשר קבע דיון בתיק { $reference } ל־{ $date }. ההזמנה מצורפת כדי שאפשר יהיה להוסיף אותה ליומן; נא להודיע לנו בפורטל אם בכוונתך להשתתף.
email-case-hearing-rescheduled-subject = מועד הדיון בתיק { $reference } שונה: { $date }
email-case-hearing-rescheduled-body = הדיון בתיק { $reference } הועבר ל־{ $date }. ההזמנה המצורפת מעדכנת את היומן שלך; נא להודיע לנו בפורטל אם בכוונתך להשתתף.
email-case-hearing-cancelled-subject = הדיון בתיק { $reference } בוטל
email-case-hearing-cancelled-body = הדיון בתיק { $reference } שנקבע ל־{ $date } בוטל. הקובץ המצורף מסיר אותו מהיומן שלך.
email-case-hearing-answered-subject = תשובה בנוגע לדיון בתיק { $reference }
email-case-hearing-answered-body = אחד הצדדים השיב להזמנה לדיון בתיק { $reference }.
email-case-hearing-minutes-subject = פרוטוקול הדיון בתיק { $reference }
email-case-hearing-minutes-body = המגשר רשם את פרוטוקול הדיון בתיק { $reference }. אפשר לקרוא אותו בפורטל.
email-case-hearing-reminder-subject = תזכורת: דיון בתיק { $reference } ב־{ $date }
email-case-hearing-reminder-body = זוהי תזכורת לדיון בתיק { $reference } ב־{ $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = נסגר
nav-obligations = התחייבויות שמועדן חלף
case-settlement = יישוב הסכסוך
proposals-title = הצעות
proposals-empty = עדיין לא הוגשה אף הצעה.
proposal-number = הצעה { $count }
proposal-by-consumer = הצעת הצרכן
proposal-by-trader = הצעת העוסק
proposal-by-mediator = פתרון שהציע המגשר
proposal-by-blind = הסכום שבו נפגשו ההצעות החסויות
proposal-status-open = ממתינה לתשובה
proposal-status-withdrawn = נמשכה
proposal-status-countered = נענתה בהצעה נגדית
proposal-status-rejected = נדחתה
proposal-status-accepted = התקבלה על ידי כל הצדדים
proposal-answer-accepted = קיבל
proposal-answer-rejected = דחה
proposal-revised = שונתה (גרסה { $count }) ב־{ $date }
proposal-counters = הצעה נגדית להצעה { $count }
proposal-waived-reflection = ויתר על תקופת שיקול הדעת
proposal-item = סעיף { $count }
proposal-new = להגיש הצעה
proposal-answer = להשיב להצעה הזו
proposal-accept = לקבל
proposal-reject = לדחות
proposal-revise = לשנות את ההצעה הזו
proposal-withdraw = למשוך את ההצעה הזו
field-item-kind = סוג
hint-item-kind = יש להשאיר את הסוג ריק בסעיף שאין בו צורך.
field-item-side = הצד המתחייב
field-item-action = פעולה
hint-item-action = לפעולה: מה יש לעשות.
field-item-amount = סכום
hint-item-amount = לתשלום: הסכום, למשל 149.90.
field-item-currency = מטבע
field-item-due-on = מועד אחרון
field-item-description = פרטים
field-proposal-note = תנאים נוספים, במילים שלך
field-counters = בתשובה להצעה
hint-counters = יש לבחור הצעה כדי להגיש לה הצעה נגדית, או להשאיר ריק להצעה חדשה.
field-proposal-answer = התשובה שלך
field-reason-if-rejecting = סיבה (חובה במקרה של דחייה)
settlement-kind-payment = תשלום
settlement-kind-action = פעולה
settlement-action-repair = תיקון
settlement-action-replacement = החלפה
settlement-action-return = החזרת המוצר
settlement-action-refund = החזר כספי
settlement-action-apology = התנצלות
settlement-action-other = פעולה אחרת
settlement-term-payment = { $side } ישלם { $what } עד { $due }.
settlement-term-action = { $side } יבצע: { $what }, עד { $due }.
solution-new = להציע פתרון
solution-intro = הפתרון שמוצע על ידך אינו מחייב. הוא יכול להתבסס רק על מה ששני הצדדים ראו: אפשר להפנות להודעות ולמסמכים ששותפו עם כולם, אבל לעולם לא להודעה או למסמך פרטיים.
solution-non-binding = הפתרון המוצע הזה אינו מחייב: כל צד רשאי לקבל אותו או לדחות אותו.
solution-reflection-until = אפשר לקבל אותו החל מ־{ $date }, אלא אם מוותרים על תקופת שיקול הדעת.
solution-read-and-accept = לקרוא מה המשמעות של קבלת הפתרון, ולקבל אותו
field-cites = על מה הפתרון מתבסס
hint-cites = יש לסמן את ההודעות והמסמכים המשותפים שהפתרון מתבסס עליהם.
cites-empty = עדיין לא שותף דבר עם כולם.
solution-page-title = קבלת הפתרון שהציע המגשר
solution-terms = הפתרון המוצע
solution-before-you-accept = לפני קבלת הפתרון
solution-info-optional = אין חובה לקבל את הפתרון הזה. אפשר לדחות אותו, או פשוט לא להשיב.
solution-info-court = ההשתתפות בהליך הזה אינה מונעת פנייה לבית המשפט, עכשיו או בהמשך, אם הפתרון לא יתקבל.
solution-info-differ = הפתרון המוצע עשוי להיות שונה מהכרעה של בית משפט שמחיל את הדין.
solution-info-effect = אם שני הצדדים יקבלו את הפתרון, הוא יהפוך להסכם פשרה מחייב: יהיה עליך לבצע את מה שנקבע בו עד המועדים שנקבעו בו, והמרכז יעקוב אחר קיומו.
field-solution-informed = קראתי את המידע הזה והבנתי אותו.
field-solution-waive = אינני רוצה לחכות לסיום תקופת שיקול הדעת.
solution-accept = לקבל את הפתרון המוצע
solution-no-longer-open = כבר לא ניתן לקבל את הפתרון המוצע הזה.
blind-title = הצעות חסויות
blind-intro-consumer = יש להזין, באופן חסוי, את הסכום הנמוך ביותר שמקובל עליך לקבל. העוסק מזין את הסכום הגבוה ביותר שמקובל עליו לשלם. אם הסכומים נפגשים, או כמעט נפגשים, החלק הכספי מיושב בסכום שבאמצע ביניהם; אם לא, אף צד אינו יודע את הסכום של הצד השני.
blind-intro-trader = יש להזין, באופן חסוי, את הסכום הגבוה ביותר שמקובל עליך לשלם. הצרכן מזין את הסכום הנמוך ביותר שמקובל עליו לקבל. אם הסכומים נפגשים, או כמעט נפגשים, החלק הכספי מיושב בסכום שבאמצע ביניהם; אם לא, אף צד אינו יודע את הסכום של הצד השני.
blind-met-at = ההצעות החסויות נפגשו בסכום של { $amount }. הצעה עם התשלום הזה ממתינה לקבלה של שני הצדדים.
blind-round = סבב { $count } מתוך { $rounds }.
blind-missed-rounds = { $count ->
    [one] סבב אחד הסתיים בלי שהסכומים נפגשו.
    [two] שני סבבים הסתיימו בלי שהסכומים נפגשו.
   *[other] { $count } סבבים הסתיימו בלי שהסכומים נפגשו.
}
blind-your-figure = הסכום שלך בסבב הזה: { $amount }.
blind-other-entered = הצד השני הזין את הסכום שלו לסבב הזה.
blind-waiting = הצד השני עדיין לא הזין את הסכום שלו.
field-blind-amount-consumer = הסכום הנמוך ביותר שמקובל עליך לקבל ({ $currency })
field-blind-amount-trader = הסכום הגבוה ביותר שמקובל עליך לשלם ({ $currency })
hint-blind-amount = רק לך הסכום הזה גלוי.
blind-enter = להזין את הסכום שלי
blind-no-rounds-left = כל סבבי ההצעות החסויות נוצלו.
agreement-title = הסכם פשרה
agreement-recorded = נרשם ב־{ $date }. לא ניתן לשנות אותו.
agreement-print = ההסכם בגרסה להדפסה
agreement-download-text = ההסכם כקובץ טקסט (לבדיקת ה־SHA-256)
agreement-centre = מרכז ליישוב סכסוכים חלופי
agreement-case = תיק
agreement-consumer = צרכן
agreement-trader = עוסק
agreement-mediator = מגשר
agreement-proposal = הצעה
agreement-version = גרסה
agreement-date = תאריך ההסכמה
agreement-terms = תנאים:
agreement-note = תנאים נוספים:
agreement-acceptances = התקבל על ידי:
agreement-hash-explained = ערך ה־SHA-256 שלמעלה חושב על טקסט ההסכם בדיוק כפי שהוא מודפס כאן, כקובץ טקסט פשוט בקידוד UTF-8; הטקסט שאפשר להוריד מהפורטל מאפשר לכל אחד לבדוק אותו.
agreement-hash-mismatch = הטקסט השמור אינו תואם את ערך ה־SHA-256 שלו: נא לפנות למרכז.
obligations-title = התחייבויות
obligation-status-due = ממתינה לביצוע
obligation-status-done = בוצעה, ממתינה לאישור
obligation-status-confirmed = אושרה
obligation-status-reported = דווח שלא קוימה
obligation-status-not-honoured = לא קוימה
obligation-outcome-honoured = קוימה בזמן
obligation-outcome-late = קוימה באיחור
obligation-outcome-not-honoured = לא קוימה
obligation-overdue = המועד חלף
obligation-done-at = סומנה כבוצעה ב־{ $date }
obligation-evidence = ראיה
obligation-reported-because = דווח שלא קוימה:
obligation-mark-done = לסמן כבוצעה
field-obligation-note = הערה (לא חובה)
field-obligation-document = ראיה (לא חובה)
hint-obligation-document = מסמך שכבר שותף עם כל המשתתפים בתיק, למשל קבלה על תשלום.
obligation-confirm = כן, היא קוימה
obligation-report = לא, היא לא קוימה
field-reason-if-not-honoured = סיבה (חובה במקרה של דיווח)
obligation-judge = להכריע בעניין ההתחייבות הזו
field-obligation-decision = החלטה
obligation-judged-honoured = קוימה בכל זאת
event-propose = הוגשה הצעה
event-withdraw-proposal = הצעה נמשכה
event-answer-proposal = ניתנה תשובה להצעה
event-blind-offer = הוזנה הצעה חסויה
event-settle = הסכסוך יושב: ההסכם נרשם
event-mark-done = התחייבות סומנה כבוצעה
event-answer-obligation = התחייבות אושרה או שדווח שלא קוימה
event-judge-obligation = המרכז הכריע בעניין התחייבות
event-close-compliance = נסגר: כל ההתחייבויות הוסדרו
overdue-title = התחייבויות שמועדן חלף
overdue-caption = התחייבויות מהסכמי פשרה שהמועד האחרון שלהן חלף, מהישנה לחדשה
overdue-case = תיק
overdue-obligation = התחייבות
overdue-due = מועד אחרון
overdue-days-late = ימי איחור
overdue-status = מצב
overdue-empty = אין התחייבויות שמועדן חלף.
non-compliance-title = עוסקים שלא קיימו הסכם
non-compliance-intro = העוסקים האלה לא קיימו הסכם פשרה שהושג במרכז ב־12 החודשים האחרונים. עוסק יוסר מהרשימה לאחר שיקיים את ההתחייבות, או בתום 12 חודשים.
non-compliance-caption = עוסקים ומספר ההתחייבויות שלא קוימו
non-compliance-count = התחייבויות שלא קוימו
non-compliance-empty = אין עוסקים ברשימה.
error-amount-zero = הסכום חייב להיות גדול מאפס.
error-due-in-past = המועד האחרון אינו יכול להיות מוקדם מהיום.
error-proposal-no-items = יש להוסיף סעיף אחד לפחות: תשלום או פעולה.
error-proposal-withdrawn = ההצעה הזו נמשכה.
error-proposal-countered = על ההצעה הזו כבר הוגשה הצעה נגדית; יש להשיב להצעה הנגדית.
error-proposal-rejected = ההצעה הזו נדחתה.
error-proposal-accepted = ההצעה הזו כבר התקבלה.
error-proposal-changed = ההצעה הזו שונתה אחרי שנפתחה אצלך. יש לקרוא את הגרסה החדשה ולהשיב שוב.
error-already-accepted = הצד שלך כבר קיבל את הגרסה הזו.
error-must-confirm-information = יש לאשר שקראת את המידע שלמעלה.
error-reflection-period = תקופת שיקול הדעת טרם הסתיימה. אפשר לסמן את התיבה כדי לוותר עליה, או לחזור מאוחר יותר.
error-cites-not-shared = פתרון מוצע יכול להפנות רק להודעות ולמסמכים ששני הצדדים ראו.
error-comment-window-open = צד עדיין רשאי להגיב על מה שהגיש הצד השני. יש להציע את הפתרון לאחר שתקופת התגובה תסתיים.
error-blind-met = ההצעות החסויות כבר נפגשו.
error-blind-no-rounds = כל סבבי ההצעות החסויות נוצלו.
error-blind-entered = כבר הזנת את הסכום שלך לסבב הזה.
error-obligation-not-due = ההתחייבות הזו אינה ממתינה לביצוע.
error-obligation-settled = ההתחייבות הזו כבר הוסדרה.
error-obligation-not-yet-due = אפשר לדווח שההתחייבות לא קוימה לאחר שהמועד האחרון שלה חלף, או לאחר שסומנה כבוצעה.
error-obligation-not-marked-done = אפשר לאשר זאת לאחר שהצד השני סימן שההתחייבות בוצעה. אם היא בוצעה בלי סימון כזה, דווחו על כך: המרכז יחליט.
error-obligation-not-decidable = ההחלטה הזו אינה מתאימה למצבה הנוכחי של ההתחייבות.
email-case-proposal-subject = הצעת פשרה חדשה בתיק { $reference }
email-case-proposal-body = הצד השני הגיש הצעת פשרה בתיק { $reference }. בפורטל אפשר לקבל אותה, לדחות אותה או להגיש הצעה נגדית.
email-case-solution-proposed-subject = המגשר מציע פתרון בתיק { $reference }
email-case-solution-proposed-body = המגשר הציע פתרון בתיק { $reference }. הפתרון אינו מחייב: אפשר לקרוא אותו בפורטל, וגם מה המשמעות של קבלתו.
email-case-proposal-revised-subject = הצעה בתיק { $reference } שונתה
email-case-proposal-revised-body = הצעת פשרה בתיק { $reference } שונתה. הסכמות קודמות אינן חלות על הגרסה החדשה.
email-case-proposal-withdrawn-subject = הצעה בתיק { $reference } נמשכה
email-case-proposal-withdrawn-body = הצעת פשרה בתיק { $reference } נמשכה.
email-case-proposal-accepted-subject = הצעה בתיק { $reference } התקבלה
email-case-proposal-accepted-body = אחד הצדדים קיבל הצעת פשרה בתיק { $reference }.
email-case-proposal-rejected-subject = הצעה בתיק { $reference } נדחתה
email-case-proposal-rejected-body = אחד הצדדים דחה הצעת פשרה בתיק { $reference }. הסיבה מופיעה בפורטל.
email-case-blind-offer-subject = הצעה חסויה ממתינה בתיק { $reference }
email-case-blind-offer-body = הצד השני הזין את הסכום החסוי שלו בתיק { $reference }. יש להזין את הסכום שלך כדי לראות אם הסכומים נפגשים.
email-case-blind-met-subject = ההצעות החסויות בתיק { $reference } נפגשו
email-case-blind-met-body = הסכומים החסויים בתיק { $reference } נפגשו: החלק הכספי מיושב בסכום של { $amount }. יש לקבל את ההצעה בפורטל כדי שההסכם יירשם.
email-case-blind-missed-subject = ההצעות החסויות בתיק { $reference } לא נפגשו
email-case-blind-missed-body = הסכומים החסויים בתיק { $reference } לא נפגשו. אף צד אינו יודע את הסכום של הצד השני. { $count ->
    [0] לא נותרו סבבים נוספים.
    [one] נותר סבב אחד.
    [two] נותרו שני סבבים.
   *[other] נותרו { $count } סבבים.
}
email-case-settled-subject = הסכם פשרה בתיק { $reference }
email-case-settled-body = שני הצדדים קיבלו את אותה הצעה: הסכסוך בתיק { $reference } יושב. ההסכם מצורף; ערך ה־SHA-256 שלו הוא { $sha256 }.
email-case-obligation-done-subject = התחייבות בתיק { $reference } סומנה כבוצעה
email-case-obligation-done-body = הצד השני מודיע שביצע את מה שנדרש לפי ההסכם בתיק { $reference }. יש לאשר זאת בפורטל, או לדווח שההתחייבות לא קוימה.
email-case-obligation-confirmed-subject = התחייבות בתיק { $reference } אושרה
email-case-obligation-confirmed-body = הצד השני אישר שהתחייבות לפי ההסכם בתיק { $reference } קוימה.
email-case-obligation-reported-subject = דווח שהתחייבות בתיק { $reference } לא קוימה
email-case-obligation-reported-body = דווח שהתחייבות לפי ההסכם בתיק { $reference } לא קוימה. המרכז יבדוק את העניין.
email-case-obligation-decided-subject = המרכז הכריע בעניין התחייבות בתיק { $reference }
email-case-obligation-decided-body = המרכז הכריע אם התחייבות לפי ההסכם בתיק { $reference } קוימה. ההחלטה מופיעה בפורטל.
email-case-obligation-due-soon-subject = המועד לקיום התחייבות: { $due } ({ $reference })
email-case-obligation-due-soon-body = יש לקיים התחייבות לפי ההסכם בתיק { $reference } עד { $due }. לאחר הביצוע, יש לסמן אותה בפורטל כבוצעה.
email-case-obligation-overdue-subject = המועד לקיום התחייבות בתיק { $reference } חלף
email-case-obligation-overdue-body = המועד לקיום התחייבות לפי ההסכם בתיק { $reference } היה { $due }, וקיומה לא אושר.
email-case-compliance-closed-subject = התיק { $reference } נסגר
email-case-compliance-closed-body = כל ההתחייבויות לפי ההסכם בתיק { $reference } הוסדרו, והתיק נסגר.

## דוחות (Art. 7(2) ו-19(3) של Directive 2013/11/EU), יומן הכשרות, נתוני העוסק, לוח בקרה עדכני
nav-reports = דוחות
notice-report-texts-saved = הטקסטים של המרכז לדוח זה נשמרו.
notice-training-added = הקורס נוסף ליומן ההכשרות שלך.
report-kind-annual = דוח פעילות שנתי
report-kind-biennial = דוח דו-שנתי לרשות
report-title-annual = דוח פעילות שנתי
report-title-biennial = דוח דו-שנתי לרשות המוסמכת
report-field-kind = דוח
report-field-from = מתאריך
report-field-to = עד תאריך
report-show = להציג את הדוח
report-period = תקופה: מ־{ $from } עד { $to } (הימים נספרים לפי UTC).
report-compared = בהשוואה לתקופה מ־{ $from } עד { $to }.
report-downloads = להורדת אותם נתונים:
report-scope-note = סכסוכים מקומיים הם סכסוכים שבהם הצרכן מתגורר במדינה שבה העוסק מבוסס; כל שאר הסכסוכים הם סכסוכים חוצי גבולות. כל נתון מוצג לכל אחד משני הסוגים, וגם לכלל הסכסוכים יחד.
report-scope-domestic = מקומיים
report-scope-cross-border = חוצי גבולות
report-scope-all = הכול
report-measure-count = מספר
report-measure-percent = %
report-measure-previous = התקופה הקודמת
report-measure-change = שינוי
report-measure-mean-days = ממוצע (ימים)
report-measure-median-days = חציון (ימים)
report-measure-p90-days = אחוזון 90 (ימים)
report-none = אין בתקופה זו.
report-total-received = סכסוכים שהתקבלו
report-total-refused = סכסוכים שנדחו
report-total-resolved = הליכים שהגיעו לתוצאה
report-total-solutions-accepted = פתרונות מוצעים ששני הצדדים קיבלו
report-total-ended = הליכים שהסתיימו
report-total-obligations = התחייבויות העוסק שהוסדרו
report-total-discontinued = הופסקו לפני שהושגה תוצאה
report-total-complied = קוימו (בזמן או באיחור)
report-a-title = (a) סכסוכים שהתקבלו וסוגי התלונות
report-a-sectors = סכסוכים שהתקבלו לפי ענף
report-a-problems = סכסוכים שהתקבלו לפי סוג הבעיה
report-b-title = (b) בעיות שיטתיות או משמעותיות
report-b-intro = העוסקים, הענפים וסוגי הבעיות שלגביהם התקבלו הכי הרבה סכסוכים, לצד התקופה הקודמת.
report-b-traders = העוסקים עם מספר הסכסוכים הגבוה ביותר
report-b-sectors = הענפים עם מספר הסכסוכים הגבוה ביותר
report-b-problems = סוגי הבעיות עם מספר הסכסוכים הגבוה ביותר
report-recommendations = המלצות המרכז למניעת הבעיות האלה או לפתרונן
report-text-empty = המרכז עדיין לא כתב את הטקסט הזה לתקופה זו.
report-c-title = (c) סכסוכים שנדחו
report-c-grounds = דחיות לפי עילה (Art. 5(4))
report-d-title = (d) תוצאות
report-d-intro = הליכים שהגיעו לתוצאה בתקופה: הסכסוך יושב בהסכמה בין הצדדים, או שההליך הסתיים בפתרון שהציע המגשר, והפתרונות נספרים לפי הצד שלטובתו הם ניתנו (בין שהצדדים קיבלו אותם ובין שלא).
report-d-outcomes = תוצאות ההליכים שהגיעו לתוצאה
report-outcome-amicable = יושב בהסכמה בין הצדדים
report-outcome-consumer = פתרון לטובת הצרכן
report-outcome-partly = פתרון לטובת הצרכן באופן חלקי
report-outcome-trader = פתרון לטובת העוסק
report-outcome-no-solution = לא יושב, ולא הוצע פתרון
report-e-title = (e) הליכים שהופסקו
report-e-discontinued = שיעור ההליכים שהופסקו לפני שהושגה תוצאה
report-e-endings = כיצד הסתיימו ההליכים
report-ending-settled = הושגה הסכמה
report-ending-not-settled = נסגר ללא הסכמה
report-ending-withdrawn-consumer = הצרכן פרש מההליך
report-ending-withdrawn-trader = העוסק פרש מההליך
report-ending-trader-declined = העוסק סירב להשתתף
report-ending-deemed-refusal = סירוב מכללא (העוסק לא השיב)
report-f-title = (f) משך הזמן ליישוב הסכסוכים
report-f-intro = להליכים שהגיעו לתוצאה בתקופה, הזמן נספר מהיום שבו התקבל הסכסוך ומהיום שבו התיק הושלם; וכן הזמן שלקח לעוסק להשיב להזמנת המרכז.
report-duration-from-receipt = מקבלת הסכסוך ועד לתוצאה
report-duration-from-complete = מהשלמת התיק ועד לתוצאה
report-duration-trader-response = מההזמנה ועד לתשובת העוסק
report-g-title = (g) קיום התוצאות
report-g-intro = התחייבויות העוסק לפי ההסכמים, שהוכרעו בתקופה.
report-g-complied = שיעור הקיום
report-g-compliance = התחייבויות לפי אופן קיומן
report-compliance-honoured = קוימו בזמן
report-compliance-late = קוימו באיחור
report-compliance-not-honoured = לא קוימו
report-h-title = (h) שיתוף פעולה ברשתות של גופים ליישוב סכסוכים חלופי המסייעות ביישוב סכסוכים חוצי גבולות
report-training-title = הכשרת המגשרים והצוות
report-training-total = סך כל השעות
report-training-empty = לא נרשמו הכשרות לתקופה זו.
report-assessment = הערכת המרכז את יעילותו ואת הדרכים לשפר אותה
report-texts-title = הטקסטים של המרכז
report-texts-intro = הטקסטים האלה נשמרים יחד עם הדוח לתקופה זו. יש להפריד בין פסקאות בשורה ריקה.
report-texts-save = לשמור את הטקסטים
error-report-period-order = תאריך הסיום חייב להיות זהה לתאריך ההתחלה או מאוחר ממנו.
error-report-period-long = דוח מכסה עשר שנים לכל היותר.
training-title = יומן הכשרות
training-intro = כאן רושמים את הקורסים שעברת. הם מפורטים בדוח הדו-שנתי לרשות.
training-empty = עדיין לא נרשם אף קורס.
training-add = להוסיף קורס
training-field-person = משתתף
training-field-title = קורס
training-field-provider = הגוף המעביר
training-field-started-on = היום הראשון
training-field-ended-on = היום האחרון
training-field-hours = שעות
training-hours-hint = לדוגמה 7.5
error-training-end-before-start = היום האחרון חייב להיות זהה ליום הראשון או מאוחר ממנו.
error-training-in-future = יש לרשום קורס רק לאחר שהסתיים.
error-training-hours = יש להזין את מספר השעות: יותר מ-0, עם ספרה אחת לכל היותר אחרי הנקודה העשרונית, למשל 7.5.
figures-title = נתוני הסכסוכים שלנו
figures-intro = הסכסוכים עם העסק שלך שבהם טיפל המרכז בתקופה זו, בנפרד לסכסוכים מקומיים ולסכסוכים חוצי גבולות.
figures-disputes = סכסוכים
figures-response = זמני תגובה
figures-outcomes = תוצאות
live-title = המרכז היום
live-failed-mail = הודעות דוא״ל שלא נמסרו: { $count }
live-by-state = תיקים פתוחים לפי מצב
live-intake = החלטות קבלה שמועדן בעוד חמישה ימים לכל היותר או שכבר חלף (3 שבועות)
live-trader = תשובות עוסקים שמועדן בעוד חמישה ימים לכל היותר או שכבר חלף
live-outcome = תוצאות שמועדן בעוד 14 יום לכל היותר או שכבר חלף (90 יום)
live-due-on = מועד אחרון
live-workload = עומס העבודה של המגשרים
live-mediator = מגשר
live-open-cases = תיקים פתוחים
live-in-mediation = בגישור

# issue 16: input at the edge
error-amount-decimals = בסכום יש יותר ספרות אחרי הנקודה העשרונית ממה שיש למטבע (שתיים ל־EUR, אף אחת ל־JPY).
error-date-too-old = תאריך זה הוא לפני יותר מעשר שנים.
error-date-too-far = תאריך זה רחוק מדי: לכל היותר שנתיים מהיום.
error-date-report-range = יש להזין תאריך מ־1 בינואר 2000 ועד סוף השנה הבאה.
error-date-calendar-range = יש להזין תאריך משנת 2000 ועד עשר שנים קדימה.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = כתובת זו שייכת לחשבון שאינו יכול לפעול בשם הצד הזה בתיק.
signin-throttled-other-way = אם זה החשבון שלך, אין צורך להמתין: נוכל לשלוח לך בדוא״ל קישור לבחירת סיסמה חדשה, ואז אפשר יהיה להתחבר מיד.
signin-throttled-reset-link = שלחו לי קישור לבחירת סיסמה חדשה
email-signup-existing-subject = מישהו ניסה ליצור חשבון עם הכתובת שלך
email-signup-existing-body = מישהו ניסה ליצור חשבון חדש ב-Concilia עם כתובת הדוא״ל הזו. לכתובת כבר יש חשבון, ולכן לא נוצר חשבון נוסף ושום דבר בחשבון שלך לא השתנה.
email-signup-existing-signin = התחברות לחשבון שלי
email-signup-existing-reset = שכחת את הסיסמה? אפשר לבחור סיסמה חדשה כאן
email-signup-existing-ignore = אם לא ביקשת זאת, אפשר להתעלם מהודעה זו: איש אינו יכול להשתמש בחשבון שלך בלי הסיסמה שלך.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = הנתונים שנשלחו הפסיקו להגיע, ולכן דבר מהם לא נשמר. בדקו את החיבור ושלחו שוב.
error-page-too-many-uploads = כבר מתבצעות אצלכם כמה העלאות. המתינו לסיומן ונסו שוב.
error-page-form-pending = הטופס הזה כבר נשלח ועדיין מטופל. המתינו רגע ואז טענו מחדש את הדף כדי לראות את התוצאה.
error-too-many-files = יותר מדי קבצים בהעלאה אחת. דבר לא נשמר: שלחו אותם בקבוצות קטנות יותר.
error-case-documents-full = בתיק זה כבר יש המספר המרבי של מסמכים. דבר לא נשמר. פנו למרכז.

# issue 17: coded values
case-role-consumer = צרכן
case-role-trader = עוסק
case-role-mediator-pending = מגשר (ממתין להצהרה על היעדר ניגוד עניינים)
case-role-mediator = מגשר
case-role-staff = צוות המרכז
case-role-system = הפורטל (אוטומטית)
favours-consumer = לטובת הצרכן
favours-partly = בחלקו לטובת כל צד
favours-trader = לטובת העוסק
hearing-status-scheduled = נקבע
hearing-status-cancelled = בוטל

## The case workspace
case-sections = חלקי התיק
case-tab-overview = סקירה
case-tab-messages = הודעות
case-tab-documents = מסמכים
case-tab-hearings = דיונים
case-tab-settlement = הסדר
case-tab-history = היסטוריה
case-tab-new = { $count ->
    [one] חדשה אחת
   *[other] { $count } חדשות
}
document-file = קובץ
next-title = מה הלאה
next-due = { $days ->
    [one] המועד: { $date }, נותר יום אחד
    [two] המועד: { $date }, נותרו יומיים
   *[other] המועד: { $date }, נותרו { $days } ימים
}
next-due-today = המועד הוא היום, { $date }
next-due-overdue = { $days ->
    [one] המועד היה { $date }: איחור של יום אחד
    [two] המועד היה { $date }: איחור של יומיים
   *[other] המועד היה { $date }: איחור של { $days } ימים
}
next-who-mediator = המגשר
next-who-parties = שני הצדדים
next-other-steps = צעדים נוספים שאפשר לעשות
next-task-check-file = { $yours ->
    [yes] בדקו שהתיק שלם, או בקשו מהצרכן את מה שחסר.
   *[other] { $who }: בודקים שהתיק שלם.
}
next-task-provide-info = { $yours ->
    [yes] שלחו למרכז את המידע שביקש.
   *[other] { $who }: יש לשלוח את המידע שהמרכז ביקש.
}
next-task-decide = { $yours ->
    [yes] קבלו את התיק או דחו אותו בנימוק.
   *[other] { $who }: מחליטים אם לקבל את התיק.
}
next-task-trader-answer = { $yours ->
    [yes] השיבו על הסכסוך: השתתפו בהליך או סרבו.
   *[other] { $who }: יש להשיב – להשתתף בהליך או לסרב.
}
next-task-negotiate = { $yours ->
    [yes] נסו להגיע להסדר ישירות עם הצד השני: הציעו הצעה או בקשו מגשר.
   *[other] הצדדים מנסים להגיע להסדר ישירות.
}
next-task-decide-objection = { $yours ->
    [yes] הכריעו בהתנגדות למגשר.
   *[other] { $who }: מכריעים בהתנגדות למגשר.
}
next-task-assign-mediator = { $yours ->
    [yes] מנו מגשר לתיק.
   *[other] { $who }: ממנים מגשר.
}
next-task-declare = { $yours ->
    [yes] הצהירו שאין לכם ניגוד עניינים עם הצדדים, או סרבו לתיק.
   *[other] { $who }: נדרשת הצהרה על היעדר ניגוד עניינים עם הצדדים.
}
next-task-answer-proposal = { $yours ->
    [yes] השיבו על ההצעה: קבלו אותה או דחו אותה.
   *[other] { $who }: נדרשת תשובה להצעה.
}
next-task-mediate = { $yours ->
    [yes] נהלו את הגישור: קיימו דיון או הציעו פתרון.
   *[other] { $who }: מנהלים את הגישור לקראת תוצאה.
}
next-task-honour = { $yours ->
    [yes] בצעו את מה שנקבע בהסכם וסמנו שבוצע.
   *[other] { $who }: יש לבצע את מה שנקבע בהסכם.
}
next-task-confirm = { $yours ->
    [yes] אשרו שמה שנקבע בהסכם בוצע, או דווחו שלא.
   *[other] { $who }: יש לאשר שמה שנקבע בהסכם בוצע.
}
next-task-judge-obligation = { $yours ->
    [yes] הכריעו אם ההסכם קוים.
   *[other] { $who }: מכריעים אם ההסכם קוים.
}
next-task-ended = התיק הסתיים: לא נדרש דבר נוסף מאיש.
next-action-propose = הגישו הצעה
next-action-answer-proposal = השיבו על ההצעה
next-action-schedule-hearing = קבעו דיון
next-action-answer-hearing = השיבו להזמנה לדיון
next-action-mark-done = סמנו שמה שאתם חייבים בוצע
next-action-answer-obligation = אשרו שבוצע
next-action-judge-obligation = הכריעו בהתחייבות שדווחה
case-compliance-honoured = הושג הסדר, וההסכם קוים.
case-compliance-late = הושג הסדר, וההסכם קוים באיחור.
case-compliance-not-honoured = הושג הסדר, אך ההסכם לא קוים.
case-ended-on = הסתיים ב־{ $date }
dashboard-waiting-for-you = ממתין לכם
dashboard-nothing-for-you = כרגע שום דבר לא ממתין לכם.
dashboard-waiting-for-others = ממתין לאחרים
dashboard-hearings-week = דיונים בשבעת הימים הקרובים
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar: a person's
## gender is not known, so a person's verb reads "הגיש/ה".
history-actor = { $who ->
    [mediator] המגשר
    [centre] המרכז
    [system] Concilia
   *[person] { $name }
}
history-someone = מישהו
history-submit = { $actor } { $who ->
    [person] הגיש/ה
   *[other] הגיש
} את הסכסוך, שמספרו { $reference }.
history-request-info = { $actor } { $who ->
    [person] ביקש/ה
   *[other] ביקש
} מידע נוסף.
history-provide-info = { $actor } { $who ->
    [person] שלח/ה
   *[other] שלח
} את המידע שהתבקש.
history-mark-complete = { $actor } { $who ->
    [person] קבע/ה
   *[other] קבע
} שהתיק שלם: התוצאה צפויה עד { $due }.
history-accept = { $actor } { $who ->
    [person] קיבל/ה
   *[other] קיבל
} את הסכסוך לבירור { $who ->
    [person] והזמין/ה
   *[other] והזמין
} את העוסק להשיב עד { $due }.
history-refuse = { $actor } { $who ->
    [person] סירב/ה
   *[other] סירב
} לברר את הסכסוך. עילה: { $ground }
history-join = { $actor } { $who ->
    [person] הסכים/ה
   *[other] הסכים
} בשם העוסק להשתתף בהליך.
history-decline = { $actor } { $who ->
    [person] סירב/ה
   *[other] סירב
} בשם העוסק להשתתף בהליך.
history-deemed-refusal = העוסק לא השיב עד { $due }, ולכן רואים אותו כמי שסירב להשתתף בהליך.
history-request-mediation = { $actor } { $who ->
    [person] ביקש/ה
   *[other] ביקש
} גישור.
history-end-negotiation = תקופת המשא ומתן הישיר הסתיימה ללא הסכם, ולכן החל הגישור.
history-assign-mediator = { $actor } { $who ->
    [person] מינה/תה
   *[other] מינה
} את { $mediator } לגשר בתיק.
history-declare-no-conflict = { $actor } { $who ->
    [person] הצהיר/ה
   *[other] הצהיר
} שאין ניגוד עניינים עם אף אחד מהצדדים.
history-decline-assignment = { $actor } { $who ->
    [person] סירב/ה
   *[other] סירב
} לגשר בתיק זה.
history-object = { $actor } { $who ->
    [person] הגיש/ה
   *[other] הגיש
} התנגדות למגשר.
history-decide-objection = { $upheld ->
    [yes] { $actor } { $who ->
        [person] קיבל/ה
       *[other] קיבל
    } את ההתנגדות: המגשר אינו מטפל עוד בתיק.
   *[no] { $actor } { $who ->
        [person] דחה/תה
       *[other] דחה
    } את ההתנגדות: המגשר ממשיך לטפל בתיק.
}
history-extend = { $actor } { $who ->
    [person] האריך/ה
   *[other] האריך
} את המועד לתוצאה עד { $due }.
history-close-not-settled = { $actor } { $who ->
    [person] סגר/ה
   *[other] סגר
} את התיק ללא הסכם.
history-withdraw = { $actor } { $who ->
    [person] פרש/ה
   *[other] פרש
} מההליך.
history-mark-complex = { $actor } { $who ->
    [person] סימן/ה
   *[other] סימן
} את הסכסוך כמורכב.
history-log-correspondence = { $actor } { $who ->
    [person] תיעד/ה
   *[other] תיעד
} { $direction ->
    [incoming] מכתב שהתקבל ב־{ $date }.
   *[outgoing] מכתב שנשלח ב־{ $date }.
}
history-add-member = { $actor } { $who ->
    [person] הוסיף/ה
   *[other] הוסיף
} את { $member } לתיק { $capacity ->
    [assistant] כמסייע/ת.
   *[representative] כנציג/ה.
}
history-link-group = { $actor } { $who ->
    [person] קישר/ה
   *[other] קישר
} תיק זה לתיק הקשור { $linked }.
history-schedule-hearing = { $actor } { $who ->
    [person] קבע/ה
   *[other] קבע
} דיון ל־{ $starts }.
history-reschedule-hearing = { $actor } { $who ->
    [person] העביר/ה
   *[other] העביר
} את הדיון ל־{ $starts }.
history-cancel-hearing = { $actor } { $who ->
    [person] ביטל/ה
   *[other] ביטל
} דיון.
history-answer-hearing = { $answer ->
    [attend] { $actor } { $who ->
        [person] ישתתף/תשתתף
       *[other] ישתתף
    } בדיון.
    [another_time] { $actor } { $who ->
        [person] ביקש/ה
       *[other] ביקש
    } מועד אחר לדיון.
   *[hidden] { $actor } { $who ->
        [person] השיב/ה
       *[other] השיב
    } להזמנה לדיון.
}
history-record-minutes = { $actor } { $who ->
    [person] רשם/ה
   *[other] רשם
} את פרוטוקול הדיון.
history-propose = { $kind ->
    [solution] { $actor } { $who ->
        [person] הציע/ה
       *[other] הציע
    } פתרון לסכסוך.
    [counter] { $actor } { $who ->
        [person] הגיש/ה
       *[other] הגיש
    } הצעה נגדית.
    [revised] { $actor } { $who ->
        [person] שינה/תה
       *[other] שינה
    } הצעה.
   *[offer] { $actor } { $who ->
        [person] הגיש/ה
       *[other] הגיש
    } הצעה ליישוב הסכסוך.
}
history-withdraw-proposal = { $actor } { $who ->
    [person] משך/ה
   *[other] משך
} הצעה ליישוב הסכסוך.
history-answer-proposal = { $actor } { $decision ->
    [accepted] { $who ->
        [person] קיבל/ה
       *[other] קיבל
    }
   *[rejected] { $who ->
        [person] דחה/תה
       *[other] דחה
    }
} { $of ->
    [solution] את הפתרון שהציע המגשר.
    [blind] את הסכום שבו נפגשו ההצעות החסויות.
   *[offer] את ההצעה.
}
history-blind-offer = { $actor } { $who ->
    [person] הזין/ה
   *[other] הזין
} הצעה חסויה בסבב { $round }{ $outcome ->
    [met] ; ההצעות נפגשו בסכום { $amount }.
    [apart] ; ההצעות היו רחוקות מדי זו מזו.
   *[waiting] .
}
history-settle = הצדדים הגיעו להסכם, וההסכם נרשם.
history-mark-done = { $actor } { $who ->
    [person] הודיע/ה
   *[other] הודיע
} { $kind ->
    [payment] שהתשלום בסך { $amount } בוצע.
   *[action] שהפעולה המוסכמת ({ $action }) בוצעה.
}
history-answer-obligation = { $decision ->
    [confirm] { $actor } { $who ->
        [person] אישר/ה
       *[other] אישר
    } { $kind ->
        [payment] שהתשלום בסך { $amount } בוצע.
       *[action] שהפעולה המוסכמת ({ $action }) בוצעה.
    }
   *[not_honoured] { $actor } { $who ->
        [person] דיווח/ה
       *[other] דיווח
    } { $kind ->
        [payment] שהתשלום בסך { $amount } לא בוצע.
       *[action] שהפעולה המוסכמת ({ $action }) לא בוצעה.
    }
}
history-judge-obligation = { $actor } { $who ->
    [person] החליט/ה
   *[other] החליט
} { $decision ->
    [honoured] { $kind ->
        [payment] שהתשלום בסך { $amount } בוצע.
       *[action] שהפעולה המוסכמת ({ $action }) בוצעה.
    }
   *[not_honoured] { $kind ->
        [payment] שהתשלום בסך { $amount } לא בוצע.
       *[action] שהפעולה המוסכמת ({ $action }) לא בוצעה.
    }
}
history-close-compliance = כל ההתחייבויות לפי ההסכם הוסדרו, ולכן התיק נסגר.
history-document-redacted = { $actor } { $who ->
    [person] החליף/ה
   *[other] החליף
} { $known ->
    [yes] את המסמך “{ $title }” בעותק מושחר.
   *[no] מסמך בעותק מושחר.
}
## Dates
date-deadline-today = { $date } (המועד היום)
date-deadline-left = { $date } ({ $days ->
    [one] נותר יום אחד
    [two] נותרו יומיים
   *[other] נותרו { $days } ימים
})
date-deadline-overdue = { $date } ({ $days ->
    [one] באיחור של יום אחד
    [two] באיחור של יומיים
   *[other] באיחור של { $days } ימים
})
agreement-back = חזרה לתיק { $reference }
