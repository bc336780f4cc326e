# Concilia — English (the fallback language).
# One message per text a person sees. Translators: keep the ids, translate the text.

app-name = Concilia
yes = Yes
no = No

## Navigation and layout
nav-skip = Skip to the main content
nav-label = Main
nav-dashboard = Dashboard
nav-organisations = Traders
nav-users = Users
nav-outbox = Outgoing mail
nav-account = My account
nav-signin = Sign in
nav-signup = Create an account
nav-signout = Sign out
language-label = Language
language-switch = Change
footer-text = Concilia is an independent dispute-resolution service. It is free for consumers and does not take sides.
list-next-page = Next page

## Notices shown after an action
notice-signed-out = You have signed out.
notice-email-verified = Thank you: your email address is confirmed.
notice-password-reset = Your password has been changed. You can sign in with it now.
notice-password-changed = Your password has been changed. Other devices have been signed out.
notice-email-change-sent = We have sent a link to your new address. Your address changes when you open it.
notice-email-changed = Your email address has been changed.
notice-verification-sent = We have sent you a new confirmation link.
notice-reset-sent = If an account exists for that address, we have sent it a link to choose a new password. The link works for one hour.
notice-invitation-accepted = Your account is ready. Sign in with your new password.
notice-organisation-created = The trader has been added.
notice-invitation-sent = The invitation has been sent.
notice-user-disabled = The account has been disabled and signed out everywhere.
notice-user-enabled = The account has been enabled again.
notice-language-saved = Your language has been saved.
notice-mail-requeued = The message will be sent again shortly.
notice-signed-up = Welcome to Concilia. We have sent you an email to confirm your address.

verify-banner = Please confirm your email address: we sent a link to { $email }.
verify-resend = Send the link again

## Home page
home-title = Settle a dispute with a trader, without going to court
home-lead = Concilia is an alternative dispute resolution (ADR) centre. When you and a trader cannot agree about something you bought, an independent mediator helps you both reach a fair solution.
home-cta = Start a complaint
home-have-account = I already have an account
home-who-title = Who can use Concilia
home-who-body = Any consumer who bought goods or services from a trader for private use, in person or online, including from a trader in another EU country. Traders cannot start a case against a consumer here.
home-first-title = First, complain to the trader
home-first-body = Before coming to us you must have contacted the trader about the problem and given them a chance to put it right. Keep their answer, or note when you wrote to them if they never replied: we will ask for it.
home-cost-title = What it costs
home-cost-body = Nothing for consumers. The procedure is free of charge, and you do not need a lawyer.
home-time-title = How long it takes
home-time-body = We tell you within three weeks whether we can take your complaint, with reasons if we cannot. Once your file is complete, the procedure ends with a written outcome within 90 days.
home-steps-title = What happens, step by step
home-step-1 = You create an account and describe the dispute: the trader, what you bought, when you complained and what they answered, what you ask for, with your evidence.
home-step-2 = We check that your file is complete and that we can deal with it, and accept or refuse it with reasons.
home-step-3 = We invite the trader to answer. You see each other's arguments and evidence.
home-step-4 = A mediator helps you both, in writing or in a hearing, and may propose a settlement.
home-step-5 = You receive the outcome in writing. If you reach an agreement, we record it and whether it was honoured.
home-withdraw = You may withdraw from the procedure at any time. Using Concilia does not stop you from going to court later.

## Dashboards
dashboard-welcome = Welcome, { $name }
dashboard-consumer-empty-title = You have no cases yet
dashboard-consumer-empty-body = When you escalate a complaint, it will appear here with its status and the next step. Make sure you have first complained to the trader and kept their answer.
dashboard-trader-org = You act for { $organisation }.
dashboard-trader-empty-title = No cases concern your business
dashboard-trader-empty-body = When a consumer brings a dispute about your business, you will be invited to answer here and by email.
dashboard-mediator-empty-title = No cases are assigned to you
dashboard-mediator-empty-body = When the centre assigns you a case, it will appear here with its deadlines.
dashboard-admin-title = Centre administration
dashboard-admin-body = Add the traders that work with the centre, invite their staff, and invite mediators.

## Form fields
field-name = Full name
field-email = Email address
field-password = Password
field-new-password = New password
field-password-confirm = Repeat the password
field-current-password = Current password
field-new-email = New email address
field-language = Language for the portal and emails
field-org-name = Trader name
field-registration-number = Company registration number
field-contact-email = Contact email for complaints
field-sector = Sector
field-is-member = Member trader of the centre
hint-password = At least 12 characters. A sentence of several words is easy to remember and hard to guess.

## Form errors
error-form-has-problems = Please correct the fields marked below.
error-form-expired = This form had expired, so nothing was saved. Please check your entries and send it again.
error-required = Please fill in this field.
error-too-long = This is too long.
error-invalid-characters = This contains characters that are not allowed.
error-email-invalid = Enter an email address such as name@example.com.
error-email-taken = An account already uses this email address. Sign in, or ask for a new password.
error-email-unchanged = This is already your email address.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password must have at most 256 characters.
error-password-mismatch = The two passwords are not the same.
error-current-password-wrong = The current password is not right.
error-language-unknown = Choose one of the languages offered.
error-registration-taken = A trader with this registration number already exists.
error-signin-failed = The email address or the password is not right.
error-signin-throttled = Too many attempts to sign in. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
error-account-disabled = This account has been disabled. Please contact the centre.

## Links sent by email
link-problem-title = This link does not work
link-problem-next = You can ask for a new link, or sign in if you already have a password.
error-link-invalid = This link is not valid. Please check that you copied it completely.
error-link-expired = This link has expired.
error-link-used = This link has already been used.

## Error pages
error-title = Error { $status }
error-back-home = Back to the home page
error-page-not-found = We could not find this page.
error-page-forbidden = You do not have access to this page.
error-page-csrf = This form had expired or did not come from this site, so nothing was saved. Go back, reload the page and try again.
error-page-unauthenticated = Please sign in to continue.
error-page-token-expired = Your session has expired. Please sign in again.
error-page-token-invalid = Your session is not valid any more. Please sign in again.
error-page-bad-request = The request could not be understood.
error-page-too-large = What you sent is too large.
error-page-unavailable = The service is temporarily unavailable. Please try again in a few minutes; nothing you saved has been lost.
error-page-internal = Something went wrong on our side. Please try again; if it happens again, contact the centre.

## Accounts
signup-title = Create an account
signup-intro = You need an account to bring a complaint and to follow it.
signup-submit = Create my account
signup-have-account = Already have an account?
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgotten your password?
signin-no-account = No account yet?
forgot-title = Choose a new password
forgot-intro = Enter the email address of your account. We will send you a link to choose a new password.
forgot-submit = Send me a link
reset-title = Choose a new password
reset-submit = Save the new password
invitation-title = Set up your account
invitation-intro = Welcome, { $name }. Choose a password to finish setting up your account.
invitation-submit = Save and continue
email-confirm-title = Confirm your new email address
email-confirm-intro = Press the button to use this address for your account from now on.
email-confirm-submit = Confirm the new address
settings-title = My account
settings-password-title = Change your password
settings-password-submit = Change the password
settings-email-title = Change your email address
settings-email-intro = We will send a link to the new address; it replaces the old one when you open the link.
settings-email-submit = Send the confirmation link

## Administration
orgs-title = Traders
orgs-caption = Traders known to the centre
orgs-empty = No traders yet. Add the first one below.
orgs-member-column = Member
orgs-new-title = Add a trader
orgs-new-submit = Add the trader
org-users-title = People who answer for this trader
org-users-empty = Nobody yet. Invite the person who will answer complaints.
org-invite-title = Invite a person
invite-submit = Send the invitation
users-title = Users
users-caption = Everyone with an account
users-role-column = Role
users-status-column = Status
users-actions-column = Actions
users-disable = Disable
users-enable = Enable
users-invite-mediator-title = Invite a mediator
user-status-active = Active
user-status-invited = Invited
user-status-disabled = Disabled
role-consumer = Consumer
role-trader_user = Trader
role-mediator = Mediator
role-admin = Administrator

## Outgoing mail
outbox-title = Outgoing mail
outbox-intro = Messages that have not been delivered yet. { $sent ->
    [one] One message has been delivered.
   *[other] { $sent } messages have been delivered.
}
outbox-caption = Waiting or failed messages, oldest first
outbox-empty = Every message has been delivered.
outbox-recipient = Recipient
outbox-subject = Subject
outbox-attempts = Attempts
outbox-last-error = Mail server's last answer
outbox-status-pending = Waiting, next try { $at }
outbox-status-failed = Failed
outbox-retry = Send again

## Emails
email-footer = Concilia, independent dispute resolution. You receive this email because of an account or a case on Concilia.
email-greeting = Hello { $name },
email-link-fallback = If the button does not work, copy this address into your browser:
email-open-account = Open my account
email-verify-email-subject = Confirm your email address
email-verify-body = Please confirm that this is your email address, so that we can write to you about your complaint.
email-verify-action = Confirm my address
email-verify-ignore = If you did not create an account on Concilia, ignore this email.
email-password-reset-subject = Choose a new password
email-reset-body = Someone asked to change the password of your Concilia account. The link works once, for one hour.
email-reset-action = Choose a new password
email-reset-ignore = If you did not ask for this, ignore this email: your password stays the same.
email-invitation-subject = You are invited to Concilia
email-invitation-body = The centre has created an account for you on Concilia. Choose a password to start using it.
email-invitation-action = Set up my account
email-invitation-expiry = The link works once, for seven days.
email-email-change-subject = Confirm your new email address
email-change-body = You asked to use this address for your Concilia account.
email-change-action = Confirm the new address
email-change-ignore = If you did not ask for this, ignore this email; nothing changes.
email-password-changed-subject = Your password was changed
email-password-changed-body = The password of your Concilia account has just been changed, and every other device has been signed out.
email-password-changed-warning = If this was not you, choose a new password at once with "Forgotten your password?" and contact the centre.
email-email-change-requested-subject = A change of your email address was requested
email-change-requested-body = Someone signed in to your account asked to change its email address. The change happens only when the link sent to the new address is opened.

## Language and time zone
settings-preferences-title = Language and time zone
field-time-zone = Time zone for dates and times
settings-preferences-submit = Save
error-time-zone-unknown = Choose one of the time zones offered.
notice-preferences-saved = Your language and time zone have been saved.
