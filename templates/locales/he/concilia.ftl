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
notice-signed-up = ברוכים הבאים ל-Concilia. שלחנו אליך הודעת דוא״ל לאישור הכתובת שלך.

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
role-trader_user = עוסק
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
