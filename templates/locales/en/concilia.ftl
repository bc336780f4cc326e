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
notice-signed-up = Thank you. We have sent an email to the address you gave; follow its link to confirm the address. You can sign in now with the password you chose.

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
error-input-malformed = This value is not in the form expected.
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
role-trader-user = Trader
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

## Disputes: shared words
error-page-conflict = This is not possible in the case's current state. Reload the case page to see where it stands.
error-choice-unknown = Choose one of the options offered.
error-country-unknown = Choose a country from the list.
error-currency-unknown = Enter a currency code such as EUR, BGN or HUF.
error-amount-invalid = Enter an amount such as 149.90.
error-amount-negative = The amount cannot be negative.
error-amount-too-large = This amount is too large for a consumer dispute.
error-date-invalid = Enter a date such as 2026-03-14.
error-date-future = This date is in the future.
error-complaint-before-purchase = The complaint to the trader cannot be before the purchase.
error-must-confirm = Please confirm this to file the dispute.
error-trader-email-has-account = The trader's email address belongs to another kind of account. Add the trader to the directory and pick it on the case.
error-case-unknown = No case has this reference.
error-extension-days = Enter a number of days from 1 to 90.
error-member-exists = This person already has access to the case.
error-backup-same = The backup must be a different person from the ADR contact.
error-holiday-exists = This day is already in the calendar for this country.
field-country = Country
field-address = Address
field-participation-mandatory = Must take part in ADR (only the consumer may withdraw)
field-date = Date
field-holiday-name = Name of the holiday
nav-cases = Cases
nav-file = File a dispute
nav-intake = Intake
nav-holidays = Holidays
nav-about = About the centre and its rules
nav-my-organisation = My organisation
notice-case-filed = Your dispute has been filed. We have sent you an acknowledgement by email.
notice-step-done = Done. The case has been updated.
notice-contacts-saved = The ADR contacts have been saved.
notice-holiday-added = The holiday has been added.
side-consumer = consumer
side-trader = trader

## Lists
sector-goods = General goods
sector-electronics = Electronics and appliances
sector-clothing = Clothing and footwear
sector-vehicles = Vehicles and repairs
sector-travel = Travel and holidays
sector-transport = Passenger transport
sector-telecoms = Telecoms and internet
sector-energy = Energy and water
sector-financial = Financial services
sector-health = Health
sector-leisure = Leisure and culture
sector-other = Other
problem-defective = Faulty or damaged
problem-not-delivered = Not delivered or not provided
problem-not-as-described = Not as described
problem-late = Late delivery
problem-billing = Billing and prices
problem-contract = Contract terms and cancellation
problem-warranty = Guarantee or warranty
problem-service-quality = Quality of service
problem-unfair-practice = Unfair commercial practice
problem-other = Other
claim-refund = Refund
claim-repair = Repair
claim-replacement = Replacement
claim-price-reduction = Price reduction
claim-compensation = Compensation
claim-other = Other
channel-online = Online
channel-post = By post
channel-phone = By phone
channel-in-person = In person
ground-no-prior-complaint = The consumer did not first try to resolve the matter with the trader
ground-frivolous = The dispute is frivolous or vexatious
ground-elsewhere = The dispute is being or has been considered by another ADR body or a court
ground-below-threshold = The value of the claim is below the centre's threshold
ground-above-threshold = The value of the claim is above the centre's threshold
ground-too-late = The complaint was filed more than the time limit after the complaint to the trader
ground-impairs-operation = Dealing with it would seriously impair the centre's work
capacity-representative = Representative
capacity-assistant = Assistant
correspondence-incoming = Received
correspondence-outgoing = Sent
state-draft = Draft
state-submitted = Received
state-awaiting-info = Waiting for information
state-complete = File complete
state-awaiting-trader = Waiting for the trader
state-negotiation = Direct negotiation
state-mediation = Mediation
state-settled = Settled
state-not-settled = Closed without agreement
state-withdrawn = Withdrawn
state-trader-declined = Trader declined
state-refused = Refused

## Filing a dispute
file-title = File a dispute
file-intro = If you complained to a trader and could not agree, the centre can help you both reach a solution. The form has { $count } short steps; what you enter is saved as you go, so you can come back later.
file-start = Start
file-continue = Continue my draft
file-steps-label = Steps of the form
file-step-trader = The trader
file-step-purchase = What you bought
file-step-complaint = Your complaint and your request
file-step-details = Description
file-step-evidence = Evidence
file-step-review = Check and file
file-on-behalf-of = Entered for { $name }
file-trader-chosen = Chosen from the directory: { $name }. Search again or enter another trader below to change it.
file-trader-search = Search the directory of traders
file-trader-search-submit = Search
file-trader-results = Traders found
file-trader-member = member of the centre
file-trader-pick = Choose this trader
file-trader-none-found = No trader in the directory matches. Enter the trader's details below.
file-trader-manual = Or enter the trader's details
file-trader-no-answer = No, the trader did not answer
file-save-next = Save and continue
file-evidence-intro = Add what supports your dispute: the receipt or contract, photos, the letters or emails you exchanged with the trader. Once the dispute is filed, everyone on the case sees them. You can also add documents later.
file-evidence-none = No documents added yet.
file-evidence-remove = Remove
file-evidence-remove-named = Remove { $title }
file-evidence-continue = Continue to the review
file-review-documents = Documents filed with the dispute
file-review-change-documents = Add or remove documents
file-review-problems = Some parts still need your attention before you can file:
file-submit = File my dispute
file-field-trader = Trader
file-field-consumer = Consumer
file-field-trader-name = Trader's name
file-field-trader-email = Trader's email address
file-field-trader-country = Trader's country
file-field-trader-address = Trader's address
file-field-sector = Sector
file-field-problem-kind = Kind of problem
file-field-purchase-description = What you bought or used
file-field-purchase-date = Date of purchase
file-field-price = Price paid
file-field-price-currency = Currency
file-field-complained-on = Date you complained to the trader
file-field-trader-responded = Did the trader answer?
file-field-trader-response = The trader's answer
file-field-claim-kind = What you ask for
file-field-claim-amount = Amount you ask for
file-field-claim-currency = Currency of the amount
file-field-description = What happened
file-field-language = Language of the procedure
file-field-consumer-country = Your country of residence
file-field-not-elsewhere = I confirm that this dispute is not before a court or another dispute-resolution body.
hint-amount = For example 149.90
hint-currency = Three letters, such as EUR
hint-complained-on = Leave empty if you have not complained to the trader yet. The centre usually needs you to try first.
hint-trader-response = What the trader said, in short.
hint-claim-amount = Needed for a refund, a price reduction or compensation.
hint-description = Tell the story in your own words: what happened, when, and what you have done so far.
hint-procedure-language = Letters and the procedure will be in this language.
terms-title = Before you file
terms-free = Filing a dispute is free of charge.
terms-fee = Filing a dispute costs { $fee }.
terms-no-lawyer = You do not need a lawyer. You may be represented or helped by someone you choose at any stage.
terms-withdraw = You can withdraw from the procedure at any time.
terms-outcome = If you and the trader agree, the agreement binds you both as a contract. A solution proposed by the mediator binds you only if you accept it.
terms-court = Taking part does not stop you from going to court; the procedure suspends limitation periods while it runs.
terms-more = Read the centre's rules
on-behalf-title = Enter a complaint for a consumer
on-behalf-intro = For complaints that came by post, by phone or in person. The consumer gets access by email if they have an address.
on-behalf-consumer-name = Consumer's name
on-behalf-consumer-email = Consumer's email address
hint-on-behalf-email = Optional. Leave empty if the consumer has no email address.
on-behalf-submit = Continue to the form

## The case page
case-title = Case { $reference }
case-days-left = { $days ->
    [one] { $days } day left for the outcome
   *[other] { $days } days left for the outcome
}
case-days-overdue = { $days ->
    [one] { $days } day past the outcome deadline
   *[other] { $days } days past the outcome deadline
}
case-parties = Parties
case-mediator = Mediator
case-mediator-pending = has not yet declared independence
case-no-mediator = Not assigned yet
case-decision-warning = { $days ->
    [one] received { $days } day ago: the decision is due within 21 days
   *[other] received { $days } days ago: the decision is due within 21 days
}
case-dates = Dates
case-received-at = Received
case-completed-at = File complete
case-outcome-due = Outcome due by
case-extended = extended
case-trader-due = Trader's answer due by
case-negotiation-until = Direct negotiation until
case-complex = Complex dispute
case-closed-at = Closed
case-certificate = Download the certificate of the procedure's dates
case-outcome = Outcome
case-withdrawn-by = withdrawn by the { $side }
case-info-requested = The centre needs more information
case-objection = Objection to the mediator
case-automatic-grounds = Possible refusal grounds (automatic check)
case-automatic-grounds-hint = Found automatically from the data entered; a person decides.
case-conflict-title = Conflict of interest check
case-conflict-intro = You have been assigned this case. Before you see the file, declare that you have no conflict of interest with either party, or decline the case.
case-actions = What you can do
case-group = Related cases
case-facts = The dispute
case-timeline = History of the case
case-cross-border = Cross-border
case-no-complaint-date = Not given
case-channel = Received
case-reference = Reference
case-days-left-column = Days left
event-submit = Dispute filed
event-request-info = Information requested
event-provide-info = Information provided
event-mark-complete = File marked complete
event-accept = Dispute accepted; trader invited
event-refuse = Dispute refused
event-join = The trader takes part
event-decline = The trader declined to take part
event-deemed-refusal = The trader did not answer in time
event-request-mediation = Mediation requested
event-end-negotiation = Negotiation period over; mediation starts
event-assign-mediator = Mediator assigned
event-declare-no-conflict = The mediator declared no conflict of interest
event-decline-assignment = The mediator declined the case
event-object = Objection to the mediator
event-decide-objection = Objection decided
event-extend = Deadline extended
event-close-not-settled = Closed without agreement
event-withdraw = Withdrawn
event-mark-complex = Marked as complex
event-log-correspondence = Correspondence logged
event-add-member = Representative or assistant added
event-link-group = Linked to a related case
step-request-info = Ask for missing information
step-request-info-hint = The consumer is emailed and answers on this page. The case waits meanwhile.
step-provide-info = Send the information asked for
step-provide-info-hint = Answer the centre's request.
step-mark-complete = Mark the file complete
step-mark-complete-hint = Both parties are told, and the 90 days for the outcome start now.
step-accept = Accept the dispute and invite the trader
step-accept-hint = The trader is emailed and has 20 working days to answer (30 if the dispute is complex).
step-refuse = Refuse the dispute
step-refuse-hint = Choose the ground and explain the reasons; both parties receive them.
step-join = Take part in the procedure
step-join-hint = Give your first answer: the facts as you see them, and any offer.
step-decline = Decline to take part
step-decline-hint = The case closes and the consumer is told your reason.
step-request-mediation = Ask for mediation now
step-request-mediation-hint = A mediator will help you both. You can still agree directly.
step-assign-mediator = Assign a mediator
step-assign-mediator-hint = The mediator must declare that they have no conflict of interest before seeing the file.
step-declare-no-conflict = I have no conflict of interest
step-declare-no-conflict-hint = I declare that I am independent of both parties and have no interest in the outcome.
step-decline-assignment = Decline this case
step-decline-assignment-hint = Say why; the centre will assign someone else.
step-object = Object to the mediator
step-object-hint = The centre decides on your objection and may assign another mediator.
step-decide-objection = Decide the objection
step-decide-objection-hint = Uphold it to remove the mediator, or dismiss it. Both parties and the mediator are told.
step-extend = Extend the deadline
step-extend-hint = Only once, for a complex dispute, with reasons. Both parties are told.
step-close-not-settled = Close without agreement
step-close-not-settled-hint = Give a reasoned summary; both parties receive it in writing.
step-withdraw = Withdraw from the procedure
step-withdraw-hint = You can withdraw at any time. The others are told.
step-mark-complex = Mark as complex
step-mark-complex-hint = The trader gets 30 working days instead of 20 to answer.
step-log-correspondence = Log a letter or call
step-log-correspondence-hint = Record correspondence that did not go through the portal.
step-add-member = Add a representative or assistant
step-add-member-hint = They get access to this case only.
step-link-group = Link a related case
step-link-group-hint = Cases in a group are handled together; each keeps its own parties and outcome.
field-request = What is missing
field-answer = Your answer
field-first-answer = Your first answer
hint-first-answer = The facts as you see them, and any offer you make.
field-reason = Reason
field-ground = Ground for refusal
field-reason-optional = Reason (optional)
field-mediator = Mediator
field-decision = Decision
decision-uphold = Uphold: remove the mediator
decision-dismiss = Dismiss: keep the mediator
field-note = Reasons
field-days = Days
field-summary = Summary
field-direction = Direction
field-capacity = Capacity
field-relationship = Relationship to the party
field-other-reference = Reference of the related case
certificate-title = Certificate of an ADR procedure
certificate-intro = This certifies the dates of the alternative dispute resolution procedure { $reference }.
certificate-started = Procedure started (file complete)
certificate-not-started = Not started yet
certificate-ended = Procedure ended
certificate-ongoing = The procedure is still running
certificate-limitation = Under Article 12 of Directive 2013/11/EU, limitation and prescription periods do not expire while the procedure runs.
certificate-issued = Issued on { $at }.

## Lists and intake
cases-title = Cases
cases-caption = Cases, newest first
cases-empty = No cases to show.
filter-state = State
filter-mediator = Mediator
filter-trader = Trader
filter-days-left = Outcome due within (days)
filter-search = Search reference, names and description
filter-submit = Show
intake-title = Intake queue
intake-intro = Disputes waiting for the centre's decision, oldest first. The decision to accept or refuse is due within 21 days of receiving the complete file.
intake-caption = Waiting for a decision
intake-days = Days since received
intake-warning = { $days ->
    [one] { $days } day left to decide
   *[other] { $days } days left to decide
}
intake-empty = No dispute waits for a decision.
dashboard-recent-cases = Your latest cases
dashboard-all-cases = All cases

## Organisations and holidays
org-contacts-title = ADR contacts
org-contacts-intro = Case mail goes to these two people instead of everyone in the organisation.
field-adr-contact = ADR contact
field-adr-backup = Backup
org-contacts-submit = Save contacts
holidays-title = Holiday calendars
holidays-intro = Public holidays do not count as working days for the trader's deadline in that country.
holidays-empty = No holidays entered yet.
holidays-add = Add a holiday

## Public information
about-title = { $centre }: who we are and how we work
about-intro = We are an alternative dispute resolution centre. We help consumers and traders settle disputes without going to court, fairly, quickly and in writing.
about-contact = Contact
about-mediators = Mediators
about-mediators-intro = Disputes are handled by independent, impartial mediators appointed by the centre.
about-scope = Which disputes we handle
about-sectors = Consumer disputes with traders in these sectors:
about-thresholds-both = Claims from { $min } to { $max }.
about-threshold-min = Claims of at least { $min }.
about-threshold-max = Claims of up to { $max }.
about-no-thresholds = Claims of any value.
about-rules = Procedural rules
about-rule-precondition = Before filing, you must have complained to the trader and tried to resolve the matter with them.
about-rule-filing-limit = File within { $days } days of your complaint to the trader.
about-rule-decision = We tell you within { $days } days of receiving your complete file whether we take your dispute, with reasons if we do not.
about-rule-trader = The trader has { $days } working days to say whether it takes part.
about-rule-negotiation = The parties may first try to agree directly for { $days } days; either may ask for a mediator at any time.
about-rule-outcome = The outcome is due within { $days } days of the complete file; a complex dispute may be extended once.
about-grounds = We may refuse a dispute only on these grounds
about-download-rules = Download the rules
about-languages = Languages
about-costs = Costs
about-length = How long it takes
about-average = On average, { $days } days from the complete file to the outcome (over { $count } closed procedures).
about-average-none = No procedure has finished yet.
about-effect = What the outcome means

## Case emails
email-case-action-open = Open the case
email-case-action-invitation = Set up my account
email-case-note-intro = The message:
email-case-received-subject = We received your dispute { $reference }
email-case-received-body = Thank you. Your dispute has been filed under the reference { $reference }. The centre will check that the file is complete and tell you within 21 days whether it can take the dispute. You can follow the case, and withdraw at any time, in the portal.
email-case-consumer-invited-subject = Your dispute { $reference } can be followed online
email-case-consumer-invited-body = The centre has entered your complaint as { $reference } and created an account for you, so that you can follow it and answer online. Choose a password to start. The link works once, for seven days.
email-case-info-requested-subject = Information needed for your dispute { $reference }
email-case-info-requested-body = To continue with { $reference }, the centre needs more information from you. Please answer on the case page.
email-case-info-provided-subject = New information on { $reference }
email-case-info-provided-body = The consumer has answered the request for information on { $reference }.
email-case-file-complete-subject = The file { $reference } is complete
email-case-file-complete-body = The file of the dispute { $reference } is complete. The outcome is due by { $due }.
email-case-accepted-subject = Your dispute { $reference } has been accepted
email-case-accepted-body = The centre has accepted the dispute { $reference } and invited the trader, who has until { $due } to say whether it takes part.
email-case-trader-invited-subject = A consumer dispute needs your answer: { $reference }
email-case-trader-invited-body = A consumer has brought a dispute with your business to the centre ({ $reference }). Please say by { $due } whether you take part, with your first answer, on the case page.
email-case-trader-invited-new-subject = A consumer dispute needs your answer: { $reference }
email-case-trader-invited-new-body = A consumer has brought a dispute with your business to our alternative dispute resolution centre ({ $reference }). Set up your account with this single-use link (valid for seven days) to read the file and answer within 20 working days.
email-case-refused-subject = The dispute { $reference } cannot be taken
email-case-refused-body = The centre cannot take the dispute { $reference }. Ground: { $ground }.
email-case-trader-joined-subject = The trader takes part in { $reference }
email-case-trader-joined-body = The trader has agreed to take part in the procedure { $reference } and has given its first answer.
email-case-trader-declined-subject = The trader declined { $reference }
email-case-trader-declined-body = The trader has declined to take part in the procedure { $reference }, so the case is closed. You may still go to court or to another body.
email-case-deemed-refusal-subject = No answer from the trader on { $reference }
email-case-deemed-refusal-body = The trader did not answer within the time limit, which counts as a refusal to take part. The case { $reference } is closed.
email-case-mediation-started-subject = Mediation starts on { $reference }
email-case-mediation-started-body = The case { $reference } moves to mediation. A mediator will guide the parties towards a solution.
email-case-mediator-assigned-subject = You have been assigned { $reference }
email-case-mediator-assigned-body = The centre has assigned you the case { $reference }. Before you see the file, declare that you have no conflict of interest, or decline.
email-case-mediator-confirmed-subject = Your mediator for { $reference }
email-case-mediator-confirmed-body = { $mediator } will mediate the case { $reference } and has declared no conflict of interest. You may object to the mediator, with reasons, on the case page.
email-case-mediator-declined-subject = A mediator declined { $reference }
email-case-mediator-declined-body = The mediator assigned to { $reference } declined the case. Please assign another mediator.
email-case-objection-subject = Objection to the mediator on { $reference }
email-case-objection-body = A party objects to the mediator of { $reference }. Please decide on the case page.
email-case-objection-upheld-subject = Objection upheld on { $reference }
email-case-objection-upheld-body = The centre has upheld the objection to the mediator of { $reference }; another mediator will be assigned.
email-case-objection-dismissed-subject = Objection dismissed on { $reference }
email-case-objection-dismissed-body = The centre has dismissed the objection to the mediator of { $reference }; the mediator stays.
email-case-extended-subject = More time for { $reference }
email-case-extended-body = The mediator has extended the time for the outcome of { $reference } because the dispute is complex. The outcome is now due by { $due }.
email-case-not-settled-subject = { $reference } closed without agreement
email-case-not-settled-body = The mediator has closed the procedure { $reference } without an agreement. This is the written record of the outcome; you may still go to court.
email-case-withdrawn-subject = { $reference } has been withdrawn
email-case-withdrawn-body = { $side ->
    [consumer] The consumer has withdrawn from the procedure { $reference }, which is now closed.
    [trader] The trader has withdrawn from the procedure { $reference }, which is now closed.
    [centre] The centre has ended the procedure { $reference }, which is now closed.
   *[other] A party ({ $side }) has withdrawn from the procedure { $reference }, which is now closed.
}
email-case-member-invited-subject = You have been given access to { $reference }
email-case-member-invited-body = A party to the dispute { $reference } has added you as their representative or assistant. Set up your account with this single-use link (valid for seven days) to follow the case.
email-case-member-added-subject = You have been given access to { $reference }
email-case-member-added-body = A party to the dispute { $reference } has added you as their representative or assistant. You can now follow the case in the portal.
email-case-trader-reminder-subject = Reminder: your answer on { $reference } is due by { $due }
email-case-trader-reminder-body = The consumer dispute { $reference } still waits for your answer. Please say by { $due } whether you take part; without an answer the case closes as a refusal to take part.
email-case-trader-reminder-new-subject = Reminder: a consumer dispute waits for your answer ({ $reference })
email-case-trader-reminder-new-body = The consumer dispute { $reference } still waits for your answer, and your account has not been set up yet. Here is a new single-use link (valid for seven days); the earlier one no longer works.
email-case-intake-reminder-subject = Intake decision due soon on { $reference }
email-case-intake-reminder-body = The dispute { $reference } was received more than 16 days ago and still waits for the intake decision, which is due within 21 days of receipt.
email-case-outcome-reminder-subject = Outcome of { $reference } due by { $due }
email-case-outcome-reminder-body = The outcome of the procedure { $reference } is due by { $due }. Please bring the case to a close, or extend the deadline once if the dispute is complex.
intake-near-due = Cases whose outcome is due within 14 days or overdue

## Notification preferences and the daily digest
settings-notifications-title = Email notifications
settings-notifications-intro = Choose, for each kind of notice, whether you get an email at once or one summary a day. Notices the law requires (acknowledgement, the centre's decision, the trader's answer, extensions and outcomes) and links you need always come at once.
notify-category-case-updates = Updates on your cases
notify-category-reminders = Reminders of deadlines
notify-mode-immediate = At once
notify-mode-digest = In a daily summary
settings-notifications-submit = Save notification choices
notice-notifications-saved = Your notification choices have been saved.
email-digest-subject = Your daily summary from Concilia
email-digest-intro = Here is what happened on your cases since the last summary:
email-digest-settings = Change how you are notified

## The shared case file: messages and documents
case-messages = Messages
case-messages-empty = No messages yet.
case-documents = Documents
case-documents-empty = No documents yet.
audience-everyone = Everyone on the case
audience-caucus-consumer = Private: the consumer's side and the mediator
audience-caucus-trader = Private: the trader's side and the mediator
message-new = new
field-audience = Who sees it
field-message = Your message
hint-message = A message cannot be changed or deleted once sent; to correct it, send another. Links are made clickable.
message-submit = Send the message
field-document-title = Title
hint-document-title = Leave empty to use the file's name.
field-document-description = Description (optional)
field-files = Files
hint-files = PDF, images (PNG, JPEG, WebP, HEIC), text, CSV, Word, Excel, OpenDocument text, emails (EML), MP3, M4A or MP4; up to { $mb } MB each. You can choose several files.
upload-submit = Upload
document-uploaded-by = Added by
document-size-bytes = { $size } bytes
error-message-too-long = A message can have at most 20,000 characters.
error-file-too-large = This file is larger than allowed.
error-case-files-full = This case has no room left for more documents. Contact the centre.
error-file-empty = This file is empty.
error-file-type-mismatch = The file's content does not match its name. Check that you chose the right file.
error-file-type = This kind of file is not accepted. Send a PDF, an image, a text, an office document, an email or a recording.
error-file-required = Choose at least one file.
notice-message-sent = Your message has been sent.
notice-documents-added = The documents have been added to the case.
notify-category-messages = New messages and documents
email-case-message-subject = A new message on { $reference }
email-case-message-body = A new message waits for you on the case { $reference }. For privacy, it is shown only in the portal. You may comment on it in the portal within { $days } days.
email-case-document-subject = A new document on { $reference }
email-case-document-body = A new document has been added to the case { $reference }. You can read it in the portal. You may comment on it in the portal within { $days } days.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = Drop files here, or press to choose them
upload-waiting = Waiting
upload-uploading = Uploading…
upload-done = Uploaded
upload-failed = The upload failed. Try again.
document-preview = Preview
document-preview-hint = If your browser does not show the document here, download it.
document-back-to-case = Back to the case
document-download = Download
document-redacted = Redacted by { $name } on { $date }:
document-redact = Redact
document-redact-hint = Replaces the document's content, for example to remove a third person's personal data. Upload a redacted copy, or choose no file to replace the content with a note. The record keeps who redacted it, when and why.
field-redacted-copy = Redacted copy (optional)
document-redacted-note = The centre removed this document's content on { $date }. Reason: { $reason }
comment-window = Until { $date }, the { $side } may comment on the other side's latest submission (Art. 9(1)(a) of Directive 2013/11/EU).
notice-document-redacted = The document has been redacted.
event-document-redacted = Document redacted
email-case-document-redacted-subject = A document was redacted on { $reference }
email-case-document-redacted-body = The centre has redacted a document of the case { $reference }. You can see the record in the portal.

# Hearings
case-hearings = Hearings
case-hearings-empty = No hearing has been scheduled.
hearing-booked-in = { $local } in { $zone }
hearing-cancelled = Cancelled
hearing-minutes = Minutes
hearing-private-notes = Your private notes
hearing-answer = Reply to the invitation
field-hearing-answer = Your answer
hearing-answer-attend = I will attend
hearing-answer-another-time = I ask for another time
hearing-reschedule = Move the hearing
hearing-cancel = Cancel the hearing
hearing-record-minutes = Record the minutes
field-hearing-minutes = Minutes for the parties
hint-hearing-minutes = Both parties read these.
field-hearing-private-notes = Private notes
hint-hearing-private-notes = Only you see these.
hearing-schedule = Schedule a hearing
field-time = Time
field-hearing-time-zone = Time zone
hint-time-zone = A time zone such as Europe/Sofia. The invitation shows the time in each person's own calendar.
field-duration-minutes = Duration in minutes
field-hearing-form = Form
hearing-form-video = Video call
hearing-form-phone = Telephone
hearing-form-in-person = In person
field-hearing-place = Link, telephone number or address
hint-hearing-place = For a video call the https:// link, for a telephone hearing the number, in person the address.
hearings-calendar-title = My hearings
hearings-calendar-week = Week from { $from } to { $to }
hearings-calendar-weeks = Weeks
hearings-calendar-previous = Previous week
hearings-calendar-this-week = This week
hearings-calendar-next = Next week
hearings-calendar-empty = No hearing this week.
hearing-when = When
hearing-case = Case
nav-hearings = Hearings
error-time-invalid = Enter a time such as 14:30.
error-hearing-time-zone = Enter a time zone that exists, such as Europe/Sofia.
error-duration = Enter a duration between 15 and 480 minutes.
error-video-link = Enter the video call's link, starting with https://.
error-phone = Enter a telephone number of 6 to 20 digits.
error-time-ambiguous = The clocks change at this time in this time zone; choose a time an hour earlier or later.
error-hearing-in-past = A hearing must be in the future.
error-hearing-overlaps = You already have a hearing at this time.
error-hearing-not-held = Minutes can be recorded once the hearing has begun.
event-schedule-hearing = Hearing scheduled
event-reschedule-hearing = Hearing moved
event-cancel-hearing = Hearing cancelled
event-answer-hearing = Reply to a hearing invitation
event-record-minutes = Hearing minutes recorded
email-case-hearing-scheduled-subject = Hearing on { $reference }: { $date }
email-case-hearing-scheduled-body = The mediator has scheduled a hearing on the case { $reference } for { $date }. The invitation is attached for your calendar; please tell us in the portal whether you will attend.
email-case-hearing-rescheduled-subject = Hearing on { $reference } moved: { $date }
email-case-hearing-rescheduled-body = The hearing on the case { $reference } has been moved to { $date }. The attached invitation updates your calendar; please tell us in the portal whether you will attend.
email-case-hearing-cancelled-subject = Hearing on { $reference } cancelled
email-case-hearing-cancelled-body = The hearing on the case { $reference } planned for { $date } has been cancelled. The attachment removes it from your calendar.
email-case-hearing-answered-subject = A reply to the hearing on { $reference }
email-case-hearing-answered-body = A party has replied to the hearing invitation on the case { $reference }.
email-case-hearing-minutes-subject = Minutes of the hearing on { $reference }
email-case-hearing-minutes-body = The mediator has recorded the minutes of the hearing on the case { $reference }. You can read them in the portal.
email-case-hearing-reminder-subject = Reminder: hearing on { $reference } on { $date }
email-case-hearing-reminder-body = This is a reminder of the hearing on the case { $reference } on { $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = Closed
nav-obligations = Overdue obligations
case-settlement = Settlement
proposals-title = Proposals
proposals-empty = No proposal has been made yet.
proposal-number = Proposal { $count }
proposal-by-consumer = offer by the consumer
proposal-by-trader = offer by the trader
proposal-by-mediator = proposed solution by the mediator
proposal-by-blind = figure the blind offers met at
proposal-status-open = open
proposal-status-withdrawn = withdrawn
proposal-status-countered = answered with a counter-proposal
proposal-status-rejected = rejected
proposal-status-accepted = accepted by everyone
proposal-answer-accepted = accepted
proposal-answer-rejected = rejected
proposal-revised = changed (version { $count }) on { $date }
proposal-counters = counters proposal { $count }
proposal-waived-reflection = waived the reflection period
proposal-item = Item { $count }
proposal-new = Make a proposal
proposal-answer = Answer this proposal
proposal-accept = Accept
proposal-reject = Reject
proposal-revise = Change this proposal
proposal-withdraw = Withdraw this proposal
field-item-kind = Kind
hint-item-kind = Leave the kind empty for an item you do not need.
field-item-side = Who owes it
field-item-action = Action
hint-item-action = For an action: what is to be done.
field-item-amount = Amount
hint-item-amount = For a payment: the amount, such as 149.90.
field-item-currency = Currency
field-item-due-on = Due date
field-item-description = Details
field-proposal-note = Other terms, in your own words
field-counters = In answer to
hint-counters = Choose a proposal to counter it, or leave empty for a new proposal.
field-proposal-answer = Your answer
field-reason-if-rejecting = Reason (required when rejecting)
settlement-kind-payment = Payment
settlement-kind-action = Action
settlement-action-repair = Repair
settlement-action-replacement = Replacement
settlement-action-return = Return of the goods
settlement-action-refund = Refund
settlement-action-apology = Apology
settlement-action-other = Other action
settlement-term-payment = The { $side } pays { $what } by { $due }.
settlement-term-action = The { $side } provides: { $what }, by { $due }.
solution-new = Propose a solution
solution-intro = Your proposed solution is not binding. It may rely only on what both parties have seen: you can cite messages and documents shared with everyone, never a private one.
solution-non-binding = This proposed solution is not binding: each party is free to accept or reject it.
solution-reflection-until = It can be accepted from { $date }, unless you waive the reflection period.
solution-read-and-accept = Read what accepting means, and accept
field-cites = What the solution relies on
hint-cites = Tick the shared messages and documents the solution relies on.
cites-empty = Nothing has been shared with everyone yet.
solution-page-title = Accepting the mediator's proposed solution
solution-terms = The proposed solution
solution-before-you-accept = Before you accept
solution-info-optional = You do not have to accept this solution. You may reject it, or simply not answer.
solution-info-court = Taking part in this procedure does not stop you from going to court, now or later, if you do not accept.
solution-info-differ = The proposed solution may differ from what a court applying the law would decide.
solution-info-effect = If both parties accept, the solution becomes a settlement agreement that binds you: you must do what it says by the dates it gives, and the centre follows whether it is honoured.
field-solution-informed = I have read and understood this information.
field-solution-waive = I do not want to wait for the end of the reflection period.
solution-accept = Accept the proposed solution
solution-no-longer-open = This proposed solution can no longer be accepted.
blind-title = Blind offers
blind-intro-consumer = Enter, in confidence, the least you would accept. The trader enters the most it would pay. If the figures meet, or nearly meet, the money part settles at the midpoint; if not, neither of you learns the other's figure.
blind-intro-trader = Enter, in confidence, the most you would pay. The consumer enters the least it would accept. If the figures meet, or nearly meet, the money part settles at the midpoint; if not, neither of you learns the other's figure.
blind-met-at = The blind offers met at { $amount }. A proposal with this payment waits for both parties' acceptance.
blind-round = Round { $count } of { $rounds }.
blind-missed-rounds = { $count ->
    [one] One round ended without the figures meeting.
   *[other] { $count } rounds ended without the figures meeting.
}
blind-your-figure = Your figure in this round: { $amount }.
blind-other-entered = The other party has entered its figure for this round.
blind-waiting = The other party has not entered its figure yet.
field-blind-amount-consumer = The least you would accept ({ $currency })
field-blind-amount-trader = The most you would pay ({ $currency })
hint-blind-amount = Only you see this figure.
blind-enter = Enter my figure
blind-no-rounds-left = All rounds of blind offers have been used.
agreement-title = Settlement agreement
agreement-recorded = Recorded on { $date }. It cannot be changed.
agreement-print = Printable agreement
agreement-download-text = Agreement as text (for checking the SHA-256)
agreement-centre = ADR centre
agreement-case = Case
agreement-consumer = Consumer
agreement-trader = Trader
agreement-mediator = Mediator
agreement-proposal = Proposal
agreement-version = version
agreement-date = Agreed on
agreement-terms = Terms:
agreement-note = Further terms:
agreement-acceptances = Accepted by:
agreement-hash-explained = The SHA-256 above is computed over the text of the agreement exactly as printed here, as a plain text file in UTF-8; the text download from the portal lets anyone check it.
agreement-hash-mismatch = The stored text does not match its SHA-256: contact the centre.
obligations-title = Obligations
obligation-status-due = due
obligation-status-done = done, waiting for confirmation
obligation-status-confirmed = confirmed
obligation-status-reported = reported as not honoured
obligation-status-not-honoured = not honoured
obligation-outcome-honoured = honoured on time
obligation-outcome-late = honoured late
obligation-outcome-not-honoured = not honoured
obligation-overdue = overdue
obligation-done-at = Marked done on { $date }
obligation-evidence = evidence
obligation-reported-because = Reported as not honoured:
obligation-mark-done = Mark as done
field-obligation-note = Note (optional)
field-obligation-document = Evidence (optional)
hint-obligation-document = A document already shared with everyone on the case, such as a payment receipt.
obligation-confirm = Yes, it was honoured
obligation-report = No, it was not honoured
field-reason-if-not-honoured = Reason (required when reporting)
obligation-judge = Decide on this obligation
field-obligation-decision = Decision
obligation-judged-honoured = Honoured after all
event-propose = Proposal made
event-withdraw-proposal = Proposal withdrawn
event-answer-proposal = Proposal answered
event-blind-offer = Blind offer entered
event-settle = Settled: agreement recorded
event-mark-done = Obligation marked done
event-answer-obligation = Obligation confirmed or reported
event-judge-obligation = Obligation decided by the centre
event-close-compliance = Closed: every obligation settled
overdue-title = Overdue obligations
overdue-caption = Obligations of settlement agreements past their due date, oldest first
overdue-case = Case
overdue-obligation = Obligation
overdue-due = Due
overdue-days-late = Days late
overdue-status = Status
overdue-empty = No obligation is overdue.
non-compliance-title = Traders that did not honour an agreement
non-compliance-intro = These traders did not honour a settlement agreement reached before the centre in the last 12 months. A trader leaves the list once it complies, or after 12 months.
non-compliance-caption = Traders and the number of obligations not honoured
non-compliance-count = Obligations not honoured
non-compliance-empty = No trader is on the list.
error-amount-zero = The amount must be more than zero.
error-due-in-past = The due date cannot be before today.
error-proposal-no-items = Add at least one item: a payment or an action.
error-proposal-withdrawn = This proposal was withdrawn.
error-proposal-countered = This proposal was answered with a counter-proposal; answer that one instead.
error-proposal-rejected = This proposal was rejected.
error-proposal-accepted = This proposal has already been accepted.
error-proposal-changed = This proposal changed after you opened it. Read the new version, then answer again.
error-already-accepted = Your side has already accepted this version.
error-must-confirm-information = Confirm that you have read the information above.
error-reflection-period = The reflection period has not ended. Tick the box to waive it, or come back later.
error-cites-not-shared = A proposed solution may cite only messages and documents both parties have seen.
error-comment-window-open = A party may still comment on what the other side submitted. Propose the solution once the comment period has ended.
error-blind-met = The blind offers have already met.
error-blind-no-rounds = All rounds of blind offers have been used.
error-blind-entered = You have already entered your figure for this round.
error-obligation-not-due = This obligation is not waiting to be done.
error-obligation-settled = This obligation has already been settled.
error-obligation-not-yet-due = It can be reported as not honoured once its due date has passed, or after it was marked done.
error-obligation-not-marked-done = It can be confirmed once the other side has marked it done. If it was done without that, report it: the centre decides.
error-obligation-not-decidable = This decision does not fit the obligation as it stands.
email-case-proposal-subject = New settlement proposal on { $reference }
email-case-proposal-body = The other party has made a settlement proposal on the case { $reference }. You can accept it, reject it or make a counter-proposal in the portal.
email-case-solution-proposed-subject = The mediator proposes a solution on { $reference }
email-case-solution-proposed-body = The mediator has proposed a solution on the case { $reference }. It is not binding: read it, and what accepting means, in the portal.
email-case-proposal-revised-subject = A proposal changed on { $reference }
email-case-proposal-revised-body = A settlement proposal on the case { $reference } was changed. Earlier acceptances do not cover the new version.
email-case-proposal-withdrawn-subject = A proposal was withdrawn on { $reference }
email-case-proposal-withdrawn-body = A settlement proposal on the case { $reference } was withdrawn.
email-case-proposal-accepted-subject = A proposal was accepted on { $reference }
email-case-proposal-accepted-body = A party accepted a settlement proposal on the case { $reference }.
email-case-proposal-rejected-subject = A proposal was rejected on { $reference }
email-case-proposal-rejected-body = A party rejected a settlement proposal on the case { $reference }. The reason is in the portal.
email-case-blind-offer-subject = Blind offer waiting on { $reference }
email-case-blind-offer-body = The other party has entered its confidential figure on the case { $reference }. Enter yours to see whether the figures meet.
email-case-blind-met-subject = The blind offers met on { $reference }
email-case-blind-met-body = The confidential figures on the case { $reference } met: the money part settles at { $amount }. Accept the proposal in the portal to record the agreement.
email-case-blind-missed-subject = The blind offers did not meet on { $reference }
email-case-blind-missed-body = The confidential figures on the case { $reference } did not meet. Neither party learns the other's figure. { $count ->
    [0] No round is left.
    [one] One round is left.
   *[other] { $count } rounds are left.
}
email-case-settled-subject = Settlement agreement on { $reference }
email-case-settled-body = Both parties accepted the same proposal: the case { $reference } is settled. The agreement is attached; its SHA-256 is { $sha256 }.
email-case-obligation-done-subject = An obligation was marked done on { $reference }
email-case-obligation-done-body = The other party says it has done what the agreement on the case { $reference } asks. Confirm it, or report that it was not honoured, in the portal.
email-case-obligation-confirmed-subject = An obligation was confirmed on { $reference }
email-case-obligation-confirmed-body = The other party confirmed that an obligation of the agreement on the case { $reference } was honoured.
email-case-obligation-reported-subject = An obligation was reported as not honoured on { $reference }
email-case-obligation-reported-body = An obligation of the agreement on the case { $reference } was reported as not honoured. The centre will look into it.
email-case-obligation-decided-subject = The centre decided on an obligation on { $reference }
email-case-obligation-decided-body = The centre has decided whether an obligation of the agreement on the case { $reference } was honoured. The decision is in the portal.
email-case-obligation-due-soon-subject = An obligation is due on { $due } ({ $reference })
email-case-obligation-due-soon-body = An obligation of the agreement on the case { $reference } is due on { $due }. Mark it done in the portal once it is.
email-case-obligation-overdue-subject = An obligation is overdue on { $reference }
email-case-obligation-overdue-body = An obligation of the agreement on the case { $reference } was due on { $due } and has not been confirmed.
email-case-compliance-closed-subject = The case { $reference } is closed
email-case-compliance-closed-body = Every obligation of the agreement on the case { $reference } has been settled, and the case is closed.

## Reports (Art. 7(2) and 19(3) of Directive 2013/11/EU), training log, trader figures, live dashboard
nav-reports = Reports
notice-report-texts-saved = The centre's texts for this report are saved.
notice-training-added = The course is in your training log.
report-kind-annual = Annual activity report
report-kind-biennial = Biennial report to the authority
report-title-annual = Annual activity report
report-title-biennial = Biennial report to the competent authority
report-field-kind = Report
report-field-from = From
report-field-to = To
report-show = Show the report
report-period = Period: { $from } to { $to } (days counted in UTC).
report-compared = Compared with { $from } to { $to }.
report-downloads = Download the same figures:
report-scope-note = Domestic disputes are those where the consumer lives in the country where the trader is established; cross-border disputes are all others. Each figure is given for both, and for all disputes together.
report-scope-domestic = Domestic
report-scope-cross-border = Cross-border
report-scope-all = All
report-measure-count = Number
report-measure-percent = %
report-measure-previous = Previous period
report-measure-change = Change
report-measure-mean-days = Mean (days)
report-measure-median-days = Median (days)
report-measure-p90-days = 90th percentile (days)
report-none = None in this period.
report-total-received = Disputes received
report-total-refused = Disputes refused
report-total-resolved = Procedures resolved
report-total-solutions-accepted = Proposed solutions accepted by both parties
report-total-ended = Procedures ended
report-total-obligations = Obligations due by the trader, settled
report-total-discontinued = Discontinued before an outcome
report-total-complied = Complied with (on time or late)
report-a-title = (a) Disputes received and types of complaint
report-a-sectors = Disputes received by sector
report-a-problems = Disputes received by kind of problem
report-b-title = (b) Systematic or significant problems
report-b-intro = The traders, sectors and kinds of problem with the most disputes received, beside the period before.
report-b-traders = Traders with the most disputes
report-b-sectors = Sectors with the most disputes
report-b-problems = Kinds of problem with the most disputes
report-recommendations = The centre's recommendations to avoid or resolve these problems
report-text-empty = The centre has not written this text for this period yet.
report-c-title = (c) Disputes refused
report-c-grounds = Refusals by ground (Art. 5(4))
report-d-title = (d) Outcomes
report-d-intro = Procedures that reached an outcome in the period: settled amicably by the parties, or ended on a solution the mediator proposed, counted by whom it favours (whether or not the parties accepted it).
report-d-outcomes = Outcomes of the procedures resolved
report-outcome-amicable = Settled amicably by the parties
report-outcome-consumer = Solution in favour of the consumer
report-outcome-partly = Solution partly in favour of the consumer
report-outcome-trader = Solution in favour of the trader
report-outcome-no-solution = Not settled, no solution proposed
report-e-title = (e) Procedures discontinued
report-e-discontinued = Share of procedures discontinued before an outcome
report-e-endings = How procedures ended
report-ending-settled = Settled
report-ending-not-settled = Closed without agreement
report-ending-withdrawn-consumer = Withdrawn by the consumer
report-ending-withdrawn-trader = Withdrawn by the trader
report-ending-trader-declined = The trader declined to take part
report-ending-deemed-refusal = Deemed refusal (the trader did not answer)
report-f-title = (f) Time taken to resolve disputes
report-f-intro = For procedures that reached an outcome in the period, counted from the day the dispute was received and from the day the file was complete; and the time the trader took to answer the centre's invitation.
report-duration-from-receipt = From receipt to outcome
report-duration-from-complete = From the complete file to outcome
report-duration-trader-response = From the invitation to the trader's answer
report-g-title = (g) Compliance with the outcomes
report-g-intro = The trader's obligations under the agreements, decided in the period.
report-g-complied = Rate of compliance
report-g-compliance = Obligations by how they were honoured
report-compliance-honoured = Honoured on time
report-compliance-late = Honoured late
report-compliance-not-honoured = Not honoured
report-h-title = (h) Cooperation within networks of ADR entities for cross-border disputes
report-training-title = Training of mediators and staff
report-training-total = Hours in total
report-training-empty = No training was recorded for this period.
report-assessment = The centre's assessment of its effectiveness and how it could improve
report-texts-title = The centre's texts
report-texts-intro = These texts are kept with the report for this period. Separate paragraphs with an empty line.
report-texts-save = Save the texts
error-report-period-order = The end must be on or after the start.
error-report-period-long = A report covers at most ten years.
training-title = Training log
training-intro = Record the courses you took. The biennial report to the authority lists them.
training-empty = No course recorded yet.
training-add = Add a course
training-field-person = Person
training-field-title = Course
training-field-provider = Given by
training-field-started-on = First day
training-field-ended-on = Last day
training-field-hours = Hours
training-hours-hint = For example 7.5
error-training-end-before-start = The last day must be on or after the first day.
error-training-in-future = Record a course once it has ended.
error-training-hours = Enter the hours, more than 0 and with at most one decimal, such as 7.5.
figures-title = Our dispute figures
figures-intro = The disputes with your organisation handled by the centre in this period, domestic and cross-border apart.
figures-disputes = Disputes
figures-response = Response times
figures-outcomes = Outcomes
live-title = The centre today
live-failed-mail = Undelivered emails: { $count }
live-by-state = Open cases by state
live-intake = Intake decisions due within five days or late (3 weeks)
live-trader = Trader answers due within five days or late
live-outcome = Outcomes due within 14 days or late (90 days)
live-due-on = Due on
live-workload = Mediator workload
live-mediator = Mediator
live-open-cases = Open cases
live-in-mediation = In mediation

# issue 16: input at the edge
error-amount-decimals = This amount has more decimals than the currency has (two for EUR, none for JPY).
error-date-too-old = This date is more than ten years ago.
error-date-too-far = This date is too far ahead: at most two years from today.
error-date-report-range = Enter a date from 1 January 2000 to the end of next year.
error-date-calendar-range = Enter a date from 2000 to ten years ahead.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = This address belongs to an account that cannot act for this side of the case.
signin-throttled-other-way = If this is your account, you need not wait: we can email you a link to choose a new password, and you can then sign in at once.
signin-throttled-reset-link = Email me a link to choose a new password
email-signup-existing-subject = Someone tried to create an account with your address
email-signup-existing-body = Someone tried to create a new Concilia account with this email address. It already has an account, so no second account was made and nothing in yours has changed.
email-signup-existing-signin = Sign in to my account
email-signup-existing-reset = Forgotten your password? Choose a new one here
email-signup-existing-ignore = If this was not you, you can ignore this email: nobody can use your account without your password.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = What you were sending stopped arriving, so nothing of it was kept. Check your connection and send it again.
error-page-too-many-uploads = You already have several uploads running. Wait until they finish, then try again.
error-page-form-pending = This form was already sent and is still being handled. Wait a moment, then reload the page to see the result.
error-too-many-files = Too many files in one upload. Nothing was kept: send them in smaller groups.
error-case-documents-full = This case already holds as many documents as it may. Nothing was kept. Contact the centre.

# issue 17: coded values
case-role-consumer = Consumer
case-role-trader = Trader
case-role-mediator-pending = Mediator (conflict declaration pending)
case-role-mediator = Mediator
case-role-staff = Centre staff
case-role-system = The portal (automatic)
favours-consumer = in the consumer's favour
favours-partly = partly in each party's favour
favours-trader = in the trader's favour
hearing-status-scheduled = scheduled
hearing-status-cancelled = cancelled

## The case workspace
case-sections = Parts of the case
case-tab-overview = Overview
case-tab-messages = Messages
case-tab-documents = Documents
case-tab-hearings = Hearings
case-tab-settlement = Settlement
case-tab-history = History
case-tab-new = { $count ->
    [one] { $count } new
   *[other] { $count } new
}
document-file = File
next-title = What happens next
next-due = { $days ->
    [one] Due by { $date }: { $days } day left
   *[other] Due by { $date }: { $days } days left
}
next-due-today = Due today, { $date }
next-due-overdue = { $days ->
    [one] Was due by { $date }: { $days } day overdue
   *[other] Was due by { $date }: { $days } days overdue
}
next-who-mediator = The mediator
next-who-parties = Both parties
next-other-steps = Other steps you can take
next-task-check-file = { $yours ->
    [yes] Check that the file is complete, or ask the consumer for what is missing.
   *[other] { $who } is checking that the file is complete.
}
next-task-provide-info = { $yours ->
    [yes] Send the centre the information it asked for.
   *[other] { $who } must send the information the centre asked for.
}
next-task-decide = { $yours ->
    [yes] Accept the case or refuse it with reasons.
   *[other] { $who } is deciding whether to take the case.
}
next-task-trader-answer = { $yours ->
    [yes] Answer the dispute: take part in the procedure, or decline.
   *[other] { $who } must answer: take part in the procedure, or decline.
}
next-task-negotiate = { $yours ->
    [yes] Try to settle directly with the other party: make an offer, or ask for a mediator.
   *[other] The parties are trying to settle directly.
}
next-task-decide-objection = { $yours ->
    [yes] Decide the objection to the mediator.
   *[other] { $who } is deciding the objection to the mediator.
}
next-task-assign-mediator = { $yours ->
    [yes] Assign a mediator to the case.
   *[other] { $who } is assigning a mediator.
}
next-task-declare = { $yours ->
    [yes] Declare that you have no conflict of interest with the parties, or decline the case.
   *[other] { $who } must declare that they have no conflict of interest with the parties.
}
next-task-answer-proposal = { $yours ->
    [yes] Answer the proposal: accept it or reject it.
   *[other] { $who } must answer the proposal.
}
next-task-mediate = { $yours ->
    [yes] Lead the mediation: hold a hearing, or propose a solution.
   *[other] { $who } is leading the mediation towards an outcome.
}
next-task-honour = { $yours ->
    [yes] Do what the agreement says and mark it done.
   *[other] { $who } must do what the agreement says.
}
next-task-confirm = { $yours ->
    [yes] Confirm that what the agreement says was done, or report that it was not.
   *[other] { $who } must confirm that what the agreement says was done.
}
next-task-judge-obligation = { $yours ->
    [yes] Decide whether the agreement was honoured.
   *[other] { $who } is deciding whether the agreement was honoured.
}
next-task-ended = The case has ended: nothing more is asked of anyone.
next-action-propose = Make a proposal
next-action-answer-proposal = Answer the proposal
next-action-schedule-hearing = Book a hearing
next-action-answer-hearing = Answer the hearing invitation
next-action-mark-done = Mark what you owe as done
next-action-answer-obligation = Confirm it was done
next-action-judge-obligation = Decide the reported obligation
case-compliance-honoured = Settled, and the agreement was honoured.
case-compliance-late = Settled, and the agreement was honoured late.
case-compliance-not-honoured = Settled, but the agreement was not honoured.
case-ended-on = Ended on { $date }
dashboard-waiting-for-you = Waiting for you
dashboard-nothing-for-you = Nothing waits for you at the moment.
dashboard-waiting-for-others = Waiting for others
dashboard-hearings-week = Hearings in the next seven days
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar.
history-actor = { $who ->
    [mediator] The mediator
    [centre] The centre
    [system] Concilia
   *[person] { $name }
}
history-someone = Someone
history-submit = { $actor } filed the dispute, which has the reference { $reference }.
history-request-info = { $actor } asked for more information.
history-provide-info = { $actor } sent the information asked for.
history-mark-complete = { $actor } found the file complete: the outcome is due by { $due }.
history-accept = { $actor } accepted the dispute and invited the trader to answer by { $due }.
history-refuse = { $actor } refused the dispute. Ground: { $ground }
history-join = { $actor } agreed, for the trader, to take part in the procedure.
history-decline = { $actor } declined, for the trader, to take part in the procedure.
history-deemed-refusal = The trader did not answer by { $due }, so the trader is taken to have refused to take part.
history-request-mediation = { $actor } asked for mediation.
history-end-negotiation = The time for direct negotiation ran out without agreement, so mediation began.
history-assign-mediator = { $actor } appointed { $mediator } as the mediator.
history-declare-no-conflict = { $actor } declared no conflict of interest with either party.
history-decline-assignment = { $actor } declined to mediate this case.
history-object = { $actor } objected to the mediator.
history-decide-objection = { $upheld ->
    [yes] { $actor } upheld the objection: the mediator no longer handles the case.
   *[no] { $actor } dismissed the objection: the mediator stays on the case.
}
history-extend = { $actor } extended the time for the outcome until { $due }.
history-close-not-settled = { $actor } closed the case without an agreement.
history-withdraw = { $actor } withdrew from the procedure.
history-mark-complex = { $actor } marked the dispute as complex.
history-log-correspondence = { $direction ->
    [incoming] { $actor } recorded a letter received on { $date }.
   *[outgoing] { $actor } recorded a letter sent on { $date }.
}
history-add-member = { $capacity ->
    [assistant] { $actor } added { $member } to the case as an assistant.
   *[representative] { $actor } added { $member } to the case as a representative.
}
history-link-group = { $actor } linked this case with the related case { $linked }.
history-schedule-hearing = { $actor } scheduled a hearing for { $starts }.
history-reschedule-hearing = { $actor } moved the hearing to { $starts }.
history-cancel-hearing = { $actor } cancelled a hearing.
history-answer-hearing = { $answer ->
    [attend] { $actor } will attend the hearing.
    [another_time] { $actor } asked for another time for the hearing.
   *[hidden] { $actor } answered the invitation to the hearing.
}
history-record-minutes = { $actor } recorded the minutes of the hearing.
history-propose = { $kind ->
    [solution] { $actor } proposed a solution to the dispute.
    [counter] { $actor } made a counter-offer.
    [revised] { $actor } revised a proposal.
   *[offer] { $actor } made a settlement offer.
}
history-withdraw-proposal = { $actor } withdrew a settlement offer.
history-answer-proposal = { $decision ->
    [accepted] { $of ->
        [solution] { $actor } accepted the mediator's solution.
        [blind] { $actor } accepted the amount the blind offers met at.
       *[offer] { $actor } accepted the offer.
    }
   *[rejected] { $of ->
        [solution] { $actor } rejected the mediator's solution.
        [blind] { $actor } rejected the amount the blind offers met at.
       *[offer] { $actor } rejected the offer.
    }
}
history-blind-offer = { $outcome ->
    [met] { $actor } made a blind offer in round { $round }; the two offers met at { $amount }.
    [apart] { $actor } made a blind offer in round { $round }; the two offers were too far apart.
   *[waiting] { $actor } made a blind offer in round { $round }.
}
history-settle = The parties reached an agreement and it was recorded.
history-mark-done = { $kind ->
    [payment] { $actor } said that the payment of { $amount } was made.
   *[action] { $actor } said that the agreed action ({ $action }) was carried out.
}
history-answer-obligation = { $decision ->
    [confirm] { $kind ->
        [payment] { $actor } confirmed that the payment of { $amount } was made.
       *[action] { $actor } confirmed that the agreed action ({ $action }) was carried out.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } reported that the payment of { $amount } was not made.
       *[action] { $actor } reported that the agreed action ({ $action }) was not carried out.
    }
}
history-judge-obligation = { $decision ->
    [honoured] { $kind ->
        [payment] { $actor } decided that the payment of { $amount } was made.
       *[action] { $actor } decided that the agreed action ({ $action }) was carried out.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } decided that the payment of { $amount } was not made.
       *[action] { $actor } decided that the agreed action ({ $action }) was not carried out.
    }
}
history-close-compliance = Every obligation of the agreement has been settled, so the case is closed.
history-document-redacted = { $known ->
    [yes] { $actor } replaced the document “{ $title }” with a redacted copy.
   *[no] { $actor } replaced a document with a redacted copy.
}
## Dates
date-deadline-today = { $date } (due today)
date-deadline-left = { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
})
date-deadline-overdue = { $date } ({ $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
})
agreement-back = Back to case { $reference }
