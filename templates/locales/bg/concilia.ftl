# Concilia — български.
# Едно съобщение за всеки текст, който човек вижда. Преводачи: запазете идентификаторите, превеждайте текста.

app-name = Concilia
yes = Да
no = Не

## Навигация и оформление
nav-skip = Към основното съдържание
nav-label = Основна навигация
nav-dashboard = Табло
nav-organisations = Търговци
nav-users = Профили
nav-outbox = Изходяща поща
nav-account = Моят профил
nav-signin = Вход
nav-signup = Регистрация
nav-signout = Изход
language-label = Език
language-switch = Смяна
footer-text = Concilia е независима услуга за решаване на спорове. Тя е безплатна за потребителите и не взема страна в спора.
list-next-page = Следваща страница

## Известия след извършено действие
notice-signed-out = Излязохте от профила си.
notice-email-verified = Благодарим Ви: имейл адресът Ви е потвърден.
notice-password-reset = Паролата Ви е сменена. Вече можете да влезете с нея.
notice-password-changed = Паролата Ви е сменена. Сесиите на всички други устройства са прекратени.
notice-email-change-sent = Изпратихме връзка на новия Ви адрес. Адресът Ви ще бъде сменен, когато я отворите.
notice-email-changed = Имейл адресът Ви е сменен.
notice-verification-sent = Изпратихме Ви нова връзка за потвърждение.
notice-reset-sent = Ако има профил с този адрес, изпратихме на него връзка за избор на нова парола. Връзката е валидна един час.
notice-invitation-accepted = Профилът Ви е готов. Влезте с новата си парола.
notice-organisation-created = Търговецът е добавен.
notice-invitation-sent = Поканата е изпратена.
notice-user-disabled = Профилът е деактивиран и всички негови сесии са прекратени.
notice-user-enabled = Профилът е активиран отново.
notice-language-saved = Изборът Ви на език е запазен.
notice-mail-requeued = Съобщението ще бъде изпратено отново след малко.
notice-signed-up = Благодарим Ви. Изпратихме имейл на посочения от Вас адрес; последвайте връзката в него, за да потвърдите адреса. Можете да влезете сега с избраната от Вас парола.

verify-banner = Моля, потвърдете имейл адреса си: изпратихме връзка на { $email }.
verify-resend = Изпрати връзката отново

## Начална страница
home-title = Решете спор с търговец, без да се обръщате към съда
home-lead = Concilia е център за алтернативно решаване на спорове (АРС). Когато с търговец не можете да постигнете съгласие за нещо, което сте купили, независим медиатор помага и на двете страни да стигнат до справедливо решение.
home-cta = Подайте жалба
home-have-account = Вече имам профил
home-who-title = Кой може да използва Concilia
home-who-body = Всеки потребител, който е купил стоки или услуги от търговец за лична употреба, на място или онлайн, включително от търговец в друга държава от ЕС. Търговците не могат да започват тук производство срещу потребител.
home-first-title = Първо подайте жалба до търговеца
home-first-body = Преди да се обърнете към нас, трябва да сте се свързали с търговеца по проблема и да сте му дали възможност да го отстрани. Запазете отговора му, а ако не Ви е отговорил, запишете кога сте му писали: ще поискаме тази информация.
home-cost-title = Колко струва
home-cost-body = За потребителите — нищо. Процедурата е безплатна и не се нуждаете от адвокат.
home-time-title = Колко време отнема
home-time-body = В срок от три седмици ще Ви уведомим дали можем да приемем жалбата Ви, а ако не можем — по какви причини. След като преписката Ви е окомплектована, процедурата приключва с писмено уведомление за резултата в срок от 90 дни.
home-steps-title = Какво се случва, стъпка по стъпка
home-step-1 = Създавате профил и описвате спора: търговеца, какво сте купили, кога сте подали жалба до него и какво Ви е отговорил, какво искате, заедно с доказателствата си.
home-step-2 = Проверяваме дали преписката Ви е окомплектована и дали можем да я разгледаме, след което я приемаме или мотивирано отказваме да я разгледаме.
home-step-3 = Каним търговеца да отговори. Всяка от страните вижда доводите и доказателствата на другата.
home-step-4 = Медиатор помага и на двете страни, писмено или в изслушване, и може да предложи споразумение.
home-step-5 = Получавате резултата в писмен вид. Ако постигнете споразумение, ние го вписваме и отбелязваме дали е изпълнено.
home-withdraw = Можете да се оттеглите от процедурата по всяко време. Използването на Concilia не Ви пречи да се обърнете към съда по-късно.

## Табла
dashboard-welcome = Добре дошли, { $name }
dashboard-consumer-empty-title = Все още нямате преписки
dashboard-consumer-empty-body = Когато отнесете жалба до нас, тя ще се появи тук заедно със статуса си и следващата стъпка. Уверете се, че първо сте подали жалба до търговеца и сте запазили отговора му.
dashboard-trader-org = Действате от името на { $organisation }.
dashboard-trader-empty-title = Няма преписки, свързани с Вашата дейност
dashboard-trader-empty-body = Когато потребител повдигне спор, свързан с Вашата дейност, ще бъдете поканени да отговорите тук и по имейл.
dashboard-mediator-empty-title = Нямате възложени преписки
dashboard-mediator-empty-body = Когато центърът Ви възложи преписка, тя ще се появи тук заедно със сроковете си.
dashboard-admin-title = Администриране на центъра
dashboard-admin-body = Добавете търговците, които работят с центъра, поканете техните служители и поканете медиатори.

## Полета на формулярите
field-name = Име и фамилия
field-email = Имейл адрес
field-password = Парола
field-new-password = Нова парола
field-password-confirm = Повторете паролата
field-current-password = Текуща парола
field-new-email = Нов имейл адрес
field-language = Език на портала и имейлите
field-org-name = Наименование на търговеца
field-registration-number = Регистрационен номер (ЕИК)
field-contact-email = Имейл за контакт по жалби
field-sector = Сектор
field-is-member = Търговецът е член на центъра
hint-password = Поне 12 знака. Изречение от няколко думи се запомня лесно и трудно се отгатва.

## Грешки във формулярите
error-form-has-problems = Моля, поправете отбелязаните по-долу полета.
error-form-expired = Валидността на формуляра беше изтекла, затова нищо не е запазено. Моля, проверете въведеното и го изпратете отново.
error-required = Моля, попълнете това поле.
error-too-long = Текстът е твърде дълъг.
error-invalid-characters = Текстът съдържа непозволени знаци.
error-email-invalid = Въведете имейл адрес, например name@example.com.
error-email-taken = Вече има профил с този имейл адрес. Влезте или поискайте нова парола.
error-email-unchanged = Това вече е Вашият имейл адрес.
error-password-too-short = Паролата трябва да съдържа поне 12 знака.
error-password-too-long = Паролата трябва да съдържа най-много 256 знака.
error-password-mismatch = Двете пароли не съвпадат.
error-current-password-wrong = Текущата парола не е вярна.
error-language-unknown = Изберете един от предложените езици.
error-registration-taken = Вече има търговец с този регистрационен номер.
error-signin-failed = Имейл адресът или паролата не са верни.
error-signin-throttled = Твърде много опити за вход. Моля, изчакайте { $minutes ->
    [one] една минута
   *[other] { $minutes } минути
} и опитайте отново.
error-account-disabled = Този профил е деактивиран. Моля, свържете се с центъра.

## Връзки, изпратени по имейл
link-problem-title = Тази връзка не работи
link-problem-next = Можете да поискате нова връзка или да влезете, ако вече имате парола.
error-link-invalid = Тази връзка не е валидна. Моля, проверете дали сте я копирали изцяло.
error-link-expired = Валидността на тази връзка е изтекла.
error-link-used = Тази връзка вече е използвана.

## Страници за грешки
error-title = Грешка { $status }
error-back-home = Към началната страница
error-page-not-found = Не успяхме да намерим тази страница.
error-page-forbidden = Нямате достъп до тази страница.
error-page-csrf = Валидността на формуляра беше изтекла или той не е изпратен от този сайт, затова нищо не е запазено. Върнете се назад, презаредете страницата и опитайте отново.
error-page-unauthenticated = Моля, влезте в профила си, за да продължите.
error-page-token-expired = Сесията Ви е изтекла. Моля, влезте отново.
error-page-token-invalid = Сесията Ви вече не е валидна. Моля, влезте отново.
error-page-bad-request = Заявката не можа да бъде обработена.
error-input-malformed = Стойността не е в очаквания вид.
error-page-too-large = Изпратените данни са твърде големи.
error-page-unavailable = Услугата е временно недостъпна. Моля, опитайте отново след няколко минути; нищо от запазеното от Вас не е загубено.
error-page-internal = Възникна грешка от наша страна. Моля, опитайте отново; ако това се повтори, свържете се с центъра.

## Профили
signup-title = Създаване на профил
signup-intro = Нуждаете се от профил, за да подадете жалба и да следите хода ѝ.
signup-submit = Създай профила ми
signup-have-account = Вече имате профил?
signin-title = Вход
signin-submit = Вход
signin-forgot = Забравили сте паролата си?
signin-no-account = Все още нямате профил?
forgot-title = Изберете нова парола
forgot-intro = Въведете имейл адреса на профила си. Ще Ви изпратим връзка за избор на нова парола.
forgot-submit = Изпрати ми връзка
reset-title = Изберете нова парола
reset-submit = Запази новата парола
invitation-title = Активиране на профила
invitation-intro = Добре дошли, { $name }. Изберете парола, за да завършите активирането на профила си.
invitation-submit = Запази и продължи
email-confirm-title = Потвърдете новия си имейл адрес
email-confirm-intro = Натиснете бутона, за да използвате отсега нататък този адрес за профила си.
email-confirm-submit = Потвърди новия адрес
settings-title = Моят профил
settings-password-title = Смяна на паролата
settings-password-submit = Смени паролата
settings-email-title = Смяна на имейл адреса
settings-email-intro = Ще изпратим връзка на новия адрес; той ще замени стария, когато отворите връзката.
settings-email-submit = Изпрати връзка за потвърждение

## Администриране
orgs-title = Търговци
orgs-caption = Търговци в системата на центъра
orgs-empty = Все още няма търговци. Добавете първия по-долу.
orgs-member-column = Член
orgs-new-title = Добавяне на търговец
orgs-new-submit = Добави търговеца
org-users-title = Лица, които отговарят от името на този търговец
org-users-empty = Все още няма никой. Поканете лицето, което ще отговаря на жалбите.
org-invite-title = Покана към лице
invite-submit = Изпрати поканата
users-title = Профили
users-caption = Всички, които имат профил
users-role-column = Роля
users-status-column = Статус
users-actions-column = Действия
users-disable = Деактивирай
users-enable = Активирай
users-invite-mediator-title = Покана към медиатор
user-status-active = Активен
user-status-invited = Поканен
user-status-disabled = Деактивиран
role-consumer = Потребител
role-trader-user = Търговец
role-mediator = Медиатор
role-admin = Администратор

## Изходяща поща
outbox-title = Изходяща поща
outbox-intro = Съобщения, които все още не са доставени. { $sent ->
    [one] Едно съобщение е доставено.
   *[other] { $sent } съобщения са доставени.
}
outbox-caption = Чакащи или неуспешни съобщения, първо най-старите
outbox-empty = Всички съобщения са доставени.
outbox-recipient = Получател
outbox-subject = Тема
outbox-attempts = Опити
outbox-last-error = Последен отговор на пощенския сървър
outbox-status-pending = В изчакване, следващ опит: { $at }
outbox-status-failed = Неуспешно
outbox-retry = Изпрати отново

## Имейли
email-footer = Concilia, независимо решаване на спорове. Получавате този имейл във връзка с профил или преписка в Concilia.
email-greeting = Здравейте, { $name },
email-link-fallback = Ако бутонът не работи, копирайте този адрес в браузъра си:
email-open-account = Към моя профил
email-verify-email-subject = Потвърдете имейл адреса си
email-verify-body = Моля, потвърдете, че това е Вашият имейл адрес, за да можем да Ви пишем във връзка с жалбата Ви.
email-verify-action = Потвърди адреса ми
email-verify-ignore = Ако не сте създавали профил в Concilia, не обръщайте внимание на този имейл.
email-password-reset-subject = Изберете нова парола
email-reset-body = Някой е поискал смяна на паролата на профила Ви в Concilia. Връзката може да се използва веднъж, в рамките на един час.
email-reset-action = Избери нова парола
email-reset-ignore = Ако не сте поискали това, не обръщайте внимание на този имейл: паролата Ви остава същата.
email-invitation-subject = Поканени сте в Concilia
email-invitation-body = Центърът Ви е създал профил в Concilia. Изберете парола, за да започнете да го използвате.
email-invitation-action = Активирай профила ми
email-invitation-expiry = Връзката може да се използва веднъж, в рамките на седем дни.
email-email-change-subject = Потвърдете новия си имейл адрес
email-change-body = Поискахте да използвате този адрес за профила си в Concilia.
email-change-action = Потвърди новия адрес
email-change-ignore = Ако не сте поискали това, не обръщайте внимание на този имейл; нищо няма да се промени.
email-password-changed-subject = Паролата Ви беше сменена
email-password-changed-body = Паролата на профила Ви в Concilia току-що беше сменена, а сесиите на всички други устройства бяха прекратени.
email-password-changed-warning = Ако не сте били Вие, незабавно изберете нова парола чрез "Забравили сте паролата си?" и се свържете с центъра.
email-email-change-requested-subject = Поискана е смяна на имейл адреса Ви
email-change-requested-body = Лице, влязло в профила Ви, е поискало смяна на неговия имейл адрес. Смяната се извършва само когато бъде отворена връзката, изпратена на новия адрес.

## Language and time zone
settings-preferences-title = Език и часова зона
field-time-zone = Часова зона за дати и часове
settings-preferences-submit = Запази
error-time-zone-unknown = Изберете една от предложените часови зони.
notice-preferences-saved = Езикът и часовата зона са запазени.

## Спорове: общи думи
error-page-conflict = Това не е възможно при сегашното състояние на преписката. Презаредете страницата на преписката, за да видите на какъв етап е тя.
error-choice-unknown = Изберете една от предложените възможности.
error-country-unknown = Изберете държава от списъка.
error-currency-unknown = Въведете код на валута, например EUR, BGN или HUF.
error-amount-invalid = Въведете сума, например 149.90.
error-amount-negative = Сумата не може да бъде отрицателна.
error-amount-too-large = Тази сума е твърде голяма за потребителски спор.
error-date-invalid = Въведете дата, например 2026-03-14.
error-date-future = Тази дата е в бъдещето.
error-complaint-before-purchase = Жалбата до търговеца не може да е подадена преди покупката.
error-must-confirm = Моля, потвърдете това, за да подадете спора.
error-trader-email-has-account = Имейл адресът на търговеца принадлежи на друг вид профил. Добавете търговеца в указателя и го изберете в преписката.
error-case-unknown = Няма преписка с този номер.
error-extension-days = Въведете брой дни от 1 до 90.
error-member-exists = Това лице вече има достъп до преписката.
error-backup-same = Заместникът трябва да е различно лице от лицето за контакт по АРС.
error-holiday-exists = Този ден вече е в календара за тази държава.
field-country = Държава
field-address = Адрес
field-participation-mandatory = Задължен да участва в АРС (само потребителят може да се оттегли)
field-date = Дата
field-holiday-name = Наименование на празника
nav-cases = Преписки
nav-file = Подаване на спор
nav-intake = Входящи
nav-holidays = Празници
nav-about = За центъра и неговите правила
nav-my-organisation = Моята организация
notice-case-filed = Спорът Ви е подаден. Изпратихме Ви потвърждение по имейл.
notice-step-done = Готово. Преписката е актуализирана.
notice-contacts-saved = Лицата за контакт по АРС са запазени.
notice-holiday-added = Празникът е добавен.
side-consumer = потребител
side-trader = търговец

## Списъци
sector-goods = Стоки с общо предназначение
sector-electronics = Електроника и домакински уреди
sector-clothing = Облекло и обувки
sector-vehicles = Превозни средства и ремонти
sector-travel = Пътувания и почивки
sector-transport = Пътнически превоз
sector-telecoms = Далекосъобщения и интернет
sector-energy = Енергия и вода
sector-financial = Финансови услуги
sector-health = Здравеопазване
sector-leisure = Свободно време и култура
sector-other = Друго
problem-defective = Дефектно или повредено
problem-not-delivered = Недоставено или непредоставено
problem-not-as-described = Не отговаря на описанието
problem-late = Закъсняла доставка
problem-billing = Сметки и цени
problem-contract = Договорни условия и прекратяване на договора
problem-warranty = Гаранция
problem-service-quality = Качество на услугата
problem-unfair-practice = Нелоялна търговска практика
problem-other = Друго
claim-refund = Възстановяване на сумата
claim-repair = Ремонт
claim-replacement = Замяна
claim-price-reduction = Намаляване на цената
claim-compensation = Обезщетение
claim-other = Друго
channel-online = Онлайн
channel-post = По пощата
channel-phone = По телефона
channel-in-person = Лично
ground-no-prior-complaint = Потребителят не е опитал първо да реши въпроса с търговеца
ground-frivolous = Спорът е несериозен или недобросъвестен
ground-elsewhere = Спорът се разглежда или е бил разгледан от друг орган за алтернативно решаване на спорове или от съд
ground-below-threshold = Стойността на иска е под прага на центъра
ground-above-threshold = Стойността на иска е над прага на центъра
ground-too-late = Спорът е подаден след изтичането на срока, считано от жалбата до търговеца
ground-impairs-operation = Разглеждането на спора би затруднило сериозно работата на центъра
capacity-representative = Представител
capacity-assistant = Помощник
correspondence-incoming = Получено
correspondence-outgoing = Изпратено
state-draft = Чернова
state-submitted = Получена
state-awaiting-info = Изчаква информация
state-complete = Окомплектована
state-awaiting-trader = Изчаква търговеца
state-negotiation = Преки преговори
state-mediation = Медиация
state-settled = Уредена
state-not-settled = Приключена без споразумение
state-withdrawn = Оттеглена
state-trader-declined = Търговецът отказа участие
state-refused = Отказана

## Подаване на спор
file-title = Подаване на спор
file-intro = Ако сте подали жалба до търговец и не сте успели да се споразумеете, центърът може да помогне и на Вас, и на търговеца да стигнете до решение. Формулярът има { $count ->
        [one] { $count } кратка стъпка
       *[other] { $count } кратки стъпки
    }; въведеното се запазва в движение, така че можете да се върнете по-късно.
file-start = Започни
file-continue = Продължи черновата ми
file-steps-label = Стъпки на формуляра
file-step-trader = Търговецът
file-step-purchase = Какво сте купили
file-step-complaint = Вашата жалба и Вашето искане
file-step-details = Описание
file-step-evidence = Доказателства
file-step-review = Проверка и подаване
file-on-behalf-of = Въвежда се от името на { $name }
file-trader-chosen = Избран от указателя: { $name }. За да го промените, потърсете отново или въведете друг търговец по-долу.
file-trader-search = Търсене в указателя на търговците
file-trader-search-submit = Търси
file-trader-results = Намерени търговци
file-trader-member = член на центъра
file-trader-pick = Избери този търговец
file-trader-none-found = В указателя няма търговец, който да отговаря на търсенето. Въведете данните на търговеца по-долу.
file-trader-manual = Или въведете данните на търговеца
file-trader-no-answer = Не, търговецът не отговори
file-save-next = Запази и продължи
file-evidence-intro = Добавете това, което подкрепя спора Ви: касовата бележка или договора, снимки, писмата или имейлите, които сте разменили с търговеца. След подаването на спора всички участници в преписката ще ги виждат. Можете да добавяте документи и по-късно.
file-evidence-none = Все още няма добавени документи.
file-evidence-remove = Премахване
file-evidence-remove-named = Премахване на { $title }
file-evidence-continue = Към прегледа
file-review-documents = Документи, подавани със спора
file-review-change-documents = Добавяне или премахване на документи
file-review-problems = Някои части все още изискват вниманието Ви, преди да можете да подадете спора:
file-submit = Подай спора
file-field-trader = Търговец
file-field-consumer = Потребител
file-field-trader-name = Наименование на търговеца
file-field-trader-email = Имейл адрес на търговеца
file-field-trader-country = Държава на търговеца
file-field-trader-address = Адрес на търговеца
file-field-sector = Сектор
file-field-problem-kind = Вид на проблема
file-field-purchase-description = Какво сте купили или използвали
file-field-purchase-date = Дата на покупката
file-field-price = Платена цена
file-field-price-currency = Валута
file-field-complained-on = Дата на жалбата Ви до търговеца
file-field-trader-responded = Отговори ли търговецът?
file-field-trader-response = Отговорът на търговеца
file-field-claim-kind = Какво искате
file-field-claim-amount = Сума, която искате
file-field-claim-currency = Валута на сумата
file-field-description = Какво се случи
file-field-language = Език на процедурата
file-field-consumer-country = Държава, в която живеете
file-field-not-elsewhere = Потвърждавам, че този спор не се разглежда от съд или от друг орган за решаване на спорове.
hint-amount = Например 149.90
hint-currency = Три букви, например EUR
hint-complained-on = Оставете празно, ако все още не сте подали жалба до търговеца. Обикновено центърът изисква първо да опитате да решите въпроса с него.
hint-trader-response = Накратко какво отговори търговецът.
hint-claim-amount = Необходима е при искане за възстановяване на сумата, намаляване на цената или обезщетение.
hint-description = Разкажете със свои думи: какво се случи, кога и какво сте предприели досега.
hint-procedure-language = Писмата и процедурата ще бъдат на този език.
terms-title = Преди да подадете спора
terms-free = Подаването на спор е безплатно.
terms-fee = Подаването на спор струва { $fee }.
terms-no-lawyer = Не се нуждаете от адвокат. На всеки етап можете да бъдете представлявани или подпомагани от лице по Ваш избор.
terms-withdraw = Можете да се оттеглите от процедурата по всяко време.
terms-outcome = Ако Вие и търговецът постигнете съгласие, споразумението ви обвързва и двамата като договор. Решение, предложено от медиатора, Ви обвързва само ако го приемете.
terms-court = Участието не Ви пречи да се обърнете към съда; докато тече процедурата, давностните срокове спират да текат.
terms-more = Прочетете правилата на центъра
on-behalf-title = Въвеждане на жалба от името на потребител
on-behalf-intro = За жалби, получени по пощата, по телефона или лично. Потребителят получава достъп по имейл, ако има имейл адрес.
on-behalf-consumer-name = Име на потребителя
on-behalf-consumer-email = Имейл адрес на потребителя
hint-on-behalf-email = По желание. Оставете празно, ако потребителят няма имейл адрес.
on-behalf-submit = Към формуляра

## Страница на преписката
case-title = Преписка { $reference }
case-days-left = { $days ->
    [one] Остава { $days } ден до резултата
   *[other] Остават { $days } дни до резултата
}
case-days-overdue = { $days ->
    [one] Срокът за резултата е просрочен с { $days } ден
   *[other] Срокът за резултата е просрочен с { $days } дни
}
case-parties = Страни
case-mediator = Медиатор
case-mediator-pending = все още не е декларирал независимост
case-no-mediator = Все още не е определен
case-decision-warning = { $days ->
    [one] получена преди { $days } ден: решението трябва да бъде взето в срок от 21 дни
   *[other] получена преди { $days } дни: решението трябва да бъде взето в срок от 21 дни
}
case-dates = Дати
case-received-at = Получена
case-completed-at = Окомплектована
case-outcome-due = Срок за резултата
case-extended = удължен
case-trader-due = Срок за отговор на търговеца
case-negotiation-until = Преки преговори до
case-complex = Сложен спор
case-closed-at = Приключена
case-certificate = Изтеглете удостоверение за датите на процедурата
case-outcome = Резултат
case-withdrawn-by = инициатор на оттеглянето: { $side }
case-info-requested = Центърът се нуждае от допълнителна информация
case-objection = Възражение срещу медиатора
case-automatic-grounds = Възможни основания за отказ (автоматична проверка)
case-automatic-grounds-hint = Открити автоматично от въведените данни; решението се взема от човек.
case-conflict-title = Проверка за конфликт на интереси
case-conflict-intro = Тази преписка Ви е възложена. Преди да видите материалите, декларирайте, че нямате конфликт на интереси с никоя от страните, или откажете преписката.
case-actions = Какво можете да направите
case-group = Свързани преписки
case-facts = Спорът
case-timeline = История на преписката
case-cross-border = Трансграничен
case-no-complaint-date = Не е посочена
case-channel = Начин на получаване
case-reference = Номер
case-days-left-column = Оставащи дни
event-submit = Спорът е подаден
event-request-info = Поискана е информация
event-provide-info = Предоставена е информация
event-mark-complete = Преписката е отбелязана като окомплектована
event-accept = Спорът е приет; търговецът е поканен
event-refuse = Отказано е разглеждане на спора
event-join = Търговецът участва
event-decline = Търговецът отказа да участва
event-deemed-refusal = Търговецът не отговори в срок
event-request-mediation = Поискана е медиация
event-end-negotiation = Срокът за преговори изтече; започва медиация
event-assign-mediator = Определен е медиатор
event-declare-no-conflict = Медиаторът декларира липса на конфликт на интереси
event-decline-assignment = Медиаторът отказа преписката
event-object = Възражение срещу медиатора
event-decide-objection = Произнасяне по възражението
event-extend = Срокът е удължен
event-close-not-settled = Приключена без споразумение
event-withdraw = Оттегляне
event-mark-complex = Отбелязана като сложна
event-log-correspondence = Вписана е кореспонденция
event-add-member = Добавен е представител или помощник
event-link-group = Свързана с друга преписка
step-request-info = Поискай липсваща информация
step-request-info-hint = Потребителят получава имейл и отговаря на тази страница. Междувременно преписката изчаква.
step-provide-info = Изпрати поисканата информация
step-provide-info-hint = Отговорете на искането на центъра.
step-mark-complete = Отбележи преписката като окомплектована
step-mark-complete-hint = Двете страни се уведомяват и 90-дневният срок за резултата започва да тече от този момент.
step-accept = Приеми спора и покани търговеца
step-accept-hint = Търговецът получава имейл и има 20 работни дни да отговори (30, ако спорът е сложен).
step-refuse = Откажи разглеждането на спора
step-refuse-hint = Изберете основанието и изложете мотивите; двете страни ги получават.
step-join = Участвай в процедурата
step-join-hint = Дайте първия си отговор: фактите, както ги виждате, и евентуално предложение.
step-decline = Откажи участие
step-decline-hint = Преписката се приключва и потребителят бива уведомен за причината Ви.
step-request-mediation = Поискай медиация сега
step-request-mediation-hint = Медиатор ще помогне и на двете страни. Все още можете да се споразумеете и пряко.
step-assign-mediator = Определи медиатор
step-assign-mediator-hint = Медиаторът трябва да декларира, че няма конфликт на интереси, преди да види материалите.
step-declare-no-conflict = Нямам конфликт на интереси
step-declare-no-conflict-hint = Декларирам, че съм независим от двете страни и нямам интерес от изхода на спора.
step-decline-assignment = Откажи тази преписка
step-decline-assignment-hint = Посочете причината; центърът ще определи друг медиатор.
step-object = Възрази срещу медиатора
step-object-hint = Центърът се произнася по възражението Ви и може да определи друг медиатор.
step-decide-objection = Произнеси се по възражението
step-decide-objection-hint = Уважете го, за да отстраните медиатора, или го отхвърлете. Двете страни и медиаторът се уведомяват.
step-extend = Удължи срока
step-extend-hint = Само веднъж, при сложен спор и с мотиви. Двете страни се уведомяват.
step-close-not-settled = Приключи без споразумение
step-close-not-settled-hint = Изгответе мотивирано резюме; двете страни го получават в писмен вид.
step-withdraw = Оттегли се от процедурата
step-withdraw-hint = Можете да се оттеглите по всяко време. Останалите участници се уведомяват.
step-mark-complex = Отбележи като сложен
step-mark-complex-hint = Търговецът получава 30 работни дни вместо 20, за да отговори.
step-log-correspondence = Впиши писмо или обаждане
step-log-correspondence-hint = Отбележете кореспонденция, която не е минала през портала.
step-add-member = Добави представител или помощник
step-add-member-hint = Той получава достъп само до тази преписка.
step-link-group = Свържи с друга преписка
step-link-group-hint = Преписките в една група се разглеждат заедно; всяка запазва своите страни и своя резултат.
field-request = Какво липсва
field-answer = Вашият отговор
field-first-answer = Вашият първи отговор
hint-first-answer = Фактите, както ги виждате, и евентуалното Ви предложение.
field-reason = Причина
field-ground = Основание за отказ
field-reason-optional = Причина (по желание)
field-mediator = Медиатор
field-decision = Решение
decision-uphold = Уважаване: медиаторът се отстранява
decision-dismiss = Отхвърляне: медиаторът остава
field-note = Мотиви
field-days = Дни
field-summary = Резюме
field-direction = Посока
field-capacity = Качество
field-relationship = Отношение към страната
field-other-reference = Номер на свързаната преписка
certificate-title = Удостоверение за процедура по алтернативно решаване на спорове
certificate-intro = С настоящото се удостоверяват датите на процедурата по алтернативно решаване на спорове { $reference }.
certificate-started = Начало на процедурата (окомплектована преписка)
certificate-not-started = Все още не е започнала
certificate-ended = Край на процедурата
certificate-ongoing = Процедурата все още тече
certificate-limitation = Съгласно член 12 от Директива 2013/11/ЕС давностните и преклузивните срокове не изтичат, докато тече процедурата.
certificate-issued = Издадено на { $at }.

## Списъци и входящи
cases-title = Преписки
cases-caption = Преписки, първо най-новите
cases-empty = Няма преписки за показване.
filter-state = Състояние
filter-mediator = Медиатор
filter-trader = Търговец
filter-days-left = Срок за резултата в рамките на (дни)
filter-search = Търсене по номер, имена и описание
filter-submit = Покажи
intake-title = Входящи спорове
intake-intro = Спорове, които чакат решение на центъра, първо най-старите. Решението за приемане или отказ трябва да бъде взето в срок от 21 дни от получаването на окомплектованата преписка.
intake-caption = Чакат решение
intake-days = Дни от получаването
intake-warning = { $days ->
    [one] Остава { $days } ден за решение
   *[other] Остават { $days } дни за решение
}
intake-empty = Няма спорове, които чакат решение.
dashboard-recent-cases = Последните Ви преписки
dashboard-all-cases = Всички преписки

## Организации и празници
org-contacts-title = Лица за контакт по АРС
org-contacts-intro = Писмата по преписките се изпращат до тези две лица, а не до всички в организацията.
field-adr-contact = Лице за контакт по АРС
field-adr-backup = Заместник
org-contacts-submit = Запази лицата за контакт
holidays-title = Календари на празниците
holidays-intro = Официалните празници не се броят за работни дни при изчисляването на срока за отговор на търговеца в съответната държава.
holidays-empty = Все още няма въведени празници.
holidays-add = Добави празник

## Публична информация
about-title = { $centre }: кои сме и как работим
about-intro = Ние сме център за алтернативно решаване на спорове. Помагаме на потребители и търговци да решават спорове без съд — справедливо, бързо и писмено.
about-contact = Контакт
about-mediators = Медиатори
about-mediators-intro = Споровете се разглеждат от независими и безпристрастни медиатори, определени от центъра.
about-scope = Какви спорове разглеждаме
about-sectors = Потребителски спорове с търговци в следните сектори:
about-thresholds-both = Искове на стойност от { $min } до { $max }.
about-threshold-min = Искове на стойност поне { $min }.
about-threshold-max = Искове на стойност до { $max }.
about-no-thresholds = Искове на всякаква стойност.
about-rules = Процедурни правила
about-rule-precondition = Преди да подадете спор, трябва да сте подали жалба до търговеца и да сте опитали да решите въпроса с него.
about-rule-filing-limit = Подайте спора в срок от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} от жалбата си до търговеца.
about-rule-decision = В срок от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} от получаването на окомплектованата Ви преписка ще Ви уведомим дали приемаме спора, а ако не го приемем — по какви причини.
about-rule-trader = Търговецът има { $days ->
    [one] { $days } работен ден
   *[other] { $days } работни дни
}, за да заяви дали участва.
about-rule-negotiation = Страните могат първо да опитат да се споразумеят пряко в срок от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; всяка от тях може по всяко време да поиска медиатор.
about-rule-outcome = Резултатът трябва да бъде налице в срок от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} от окомплектоването на преписката; при сложен спор срокът може да бъде удължен веднъж.
about-grounds = Можем да откажем разглеждането на спор само на следните основания
about-download-rules = Изтеглете правилата
about-languages = Езици
about-costs = Разходи
about-length = Колко време отнема
about-average = Средно { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} от окомплектоването на преписката до резултата (въз основа на { $count ->
    [one] { $count } приключила процедура
   *[other] { $count } приключили процедури
}).
about-average-none = Все още няма приключила процедура.
about-effect = Какво означава резултатът

## Имейли по преписки
email-case-action-open = Отвори преписката
email-case-action-invitation = Активирай профила ми
email-case-note-intro = Съобщението:
email-case-received-subject = Получихме Вашия спор { $reference }
email-case-received-body = Благодарим Ви. Спорът Ви е подаден под номер { $reference }. Центърът ще провери дали преписката е окомплектована и в срок от 21 дни ще Ви уведоми дали може да разгледа спора. В портала можете да следите преписката и да се оттеглите по всяко време.
email-case-consumer-invited-subject = Можете да следите спора си { $reference } онлайн
email-case-consumer-invited-body = Центърът въведе жалбата Ви под номер { $reference } и Ви създаде профил, за да можете да следите хода ѝ и да отговаряте онлайн. Изберете парола, за да започнете. Връзката може да се използва веднъж, в рамките на седем дни.
email-case-info-requested-subject = Необходима е информация по спора Ви { $reference }
email-case-info-requested-body = За да продължи работата по { $reference }, центърът се нуждае от допълнителна информация от Вас. Моля, отговорете на страницата на преписката.
email-case-info-provided-subject = Нова информация по { $reference }
email-case-info-provided-body = Потребителят отговори на искането за информация по { $reference }.
email-case-file-complete-subject = Преписката { $reference } е окомплектована
email-case-file-complete-body = Преписката по спора { $reference } е окомплектована. Срокът за резултата е { $due }.
email-case-accepted-subject = Спорът Ви { $reference } е приет
email-case-accepted-body = Центърът прие спора { $reference } и покани търговеца, който има срок до { $due }, за да заяви дали участва.
email-case-trader-invited-subject = Потребителски спор очаква Вашия отговор: { $reference }
email-case-trader-invited-body = Потребител е отнесъл до центъра спор, свързан с Вашата дейност ({ $reference }). Моля, до { $due } заявете на страницата на преписката дали участвате, като дадете и първия си отговор.
email-case-trader-invited-new-subject = Потребителски спор очаква Вашия отговор: { $reference }
email-case-trader-invited-new-body = Потребител е отнесъл до нашия център за алтернативно решаване на спорове спор, свързан с Вашата дейност ({ $reference }). Активирайте профила си чрез тази еднократна връзка (валидна седем дни), за да прочетете преписката и да отговорите в срок от 20 работни дни.
email-case-refused-subject = Спорът { $reference } не може да бъде приет
email-case-refused-body = Центърът не може да приеме спора { $reference }. Основание: { $ground }.
email-case-trader-joined-subject = Търговецът участва в { $reference }
email-case-trader-joined-body = Търговецът се съгласи да участва в процедурата { $reference } и даде първия си отговор.
email-case-trader-declined-subject = Търговецът отказа участие в { $reference }
email-case-trader-declined-body = Търговецът отказа да участва в процедурата { $reference }, затова преписката е приключена. Все още можете да се обърнете към съда или към друг орган.
email-case-deemed-refusal-subject = Няма отговор от търговеца по { $reference }
email-case-deemed-refusal-body = Търговецът не отговори в срок, което се счита за отказ от участие. Преписката { $reference } е приключена.
email-case-mediation-started-subject = Започва медиация по { $reference }
email-case-mediation-started-body = Преписката { $reference } преминава към медиация. Медиатор ще насочва страните към решение.
email-case-mediator-assigned-subject = Възложена Ви е преписка { $reference }
email-case-mediator-assigned-body = Центърът Ви възложи преписката { $reference }. Преди да видите материалите, декларирайте, че нямате конфликт на интереси, или откажете преписката.
email-case-mediator-confirmed-subject = Вашият медиатор по { $reference }
email-case-mediator-confirmed-body = Медиатор по преписката { $reference } ще бъде { $mediator }. Медиаторът е декларирал липса на конфликт на интереси. Можете да възразите срещу медиатора с мотиви на страницата на преписката.
email-case-mediator-declined-subject = Медиатор отказа { $reference }
email-case-mediator-declined-body = Медиаторът, определен по { $reference }, отказа преписката. Моля, определете друг медиатор.
email-case-objection-subject = Възражение срещу медиатора по { $reference }
email-case-objection-body = Страна възразява срещу медиатора по { $reference }. Моля, произнесете се на страницата на преписката.
email-case-objection-upheld-subject = Възражението по { $reference } е уважено
email-case-objection-upheld-body = Центърът уважи възражението срещу медиатора по { $reference }; ще бъде определен друг медиатор.
email-case-objection-dismissed-subject = Възражението по { $reference } е отхвърлено
email-case-objection-dismissed-body = Центърът отхвърли възражението срещу медиатора по { $reference }; медиаторът остава.
email-case-extended-subject = Повече време за { $reference }
email-case-extended-body = Медиаторът удължи срока за резултата по { $reference }, тъй като спорът е сложен. Новият срок за резултата е { $due }.
email-case-not-settled-subject = { $reference } е приключена без споразумение
email-case-not-settled-body = Медиаторът приключи процедурата { $reference } без споразумение. Това е писменият запис на резултата; все още можете да се обърнете към съда.
email-case-withdrawn-subject = Оттегляне от процедурата { $reference }
email-case-withdrawn-body = { $side ->
    [consumer] Потребителят се оттегли от процедурата { $reference }, която вече е приключена.
    [trader] Търговецът се оттегли от процедурата { $reference }, която вече е приключена.
    [centre] Центърът прекрати процедурата { $reference }, която вече е приключена.
   *[other] Участник ({ $side }) се оттегли от процедурата { $reference }, която вече е приключена.
}
email-case-member-invited-subject = Получихте достъп до { $reference }
email-case-member-invited-body = Страна по спора { $reference } Ви е добавила като свой представител или помощник. Активирайте профила си чрез тази еднократна връзка (валидна седем дни), за да следите преписката.
email-case-member-added-subject = Получихте достъп до { $reference }
email-case-member-added-body = Страна по спора { $reference } Ви е добавила като свой представител или помощник. Вече можете да следите преписката в портала.
email-case-trader-reminder-subject = Напомняне: срокът за Вашия отговор по { $reference } е { $due }
email-case-trader-reminder-body = Потребителският спор { $reference } все още очаква Вашия отговор. Моля, заявете до { $due } дали участвате; ако не отговорите, това ще се счита за отказ от участие и преписката ще бъде приключена.
email-case-trader-reminder-new-subject = Напомняне: потребителски спор очаква Вашия отговор ({ $reference })
email-case-trader-reminder-new-body = Потребителският спор { $reference } все още очаква Вашия отговор, а профилът Ви още не е активиран. Ето нова еднократна връзка (валидна седем дни); предишната вече не работи.
email-case-intake-reminder-subject = Наближава срокът за решението за приемане по { $reference }
email-case-intake-reminder-body = Спорът { $reference } е получен преди повече от 16 дни и все още чака решение за приемане, което трябва да бъде взето в срок от 21 дни от получаването му.
email-case-outcome-reminder-subject = Срокът за резултата по { $reference } е { $due }
email-case-outcome-reminder-body = Срокът за резултата по процедурата { $reference } е { $due }. Моля, приключете преписката или, ако спорът е сложен, удължете срока еднократно.
intake-near-due = Преписки, чийто срок за резултат изтича до 14 дни или е изтекъл

## Notification preferences and the daily digest
settings-notifications-title = Известия по имейл
settings-notifications-intro = Изберете за всеки вид известие дали да получавате имейл веднага, или едно обобщение на ден. Известията, изисквани по закон (потвърждението за получаване, решението на центъра, отговорът на търговеца, удълженията на срока и резултатите), както и връзките, които са Ви необходими, винаги се изпращат веднага.
notify-category-case-updates = Новости по преписките Ви
notify-category-reminders = Напомняния за срокове
notify-mode-immediate = Веднага
notify-mode-digest = В дневно обобщение
settings-notifications-submit = Запази избора за известия
notice-notifications-saved = Изборът Ви за известията е запазен.
email-digest-subject = Вашето дневно обобщение от Concilia
email-digest-intro = Ето какво се случи по преписките Ви от последното обобщение насам:
email-digest-settings = Промени начина на известяване

## The shared case file: messages and documents
case-messages = Съобщения
case-messages-empty = Все още няма съобщения.
case-documents = Документи
case-documents-empty = Все още няма документи.
audience-everyone = Всички участници в преписката
audience-caucus-consumer = Поверително: страната на потребителя и медиаторът
audience-caucus-trader = Поверително: страната на търговеца и медиаторът
message-new = ново
field-audience = Кой го вижда
field-message = Вашето съобщение
hint-message = Изпратеното съобщение не може да бъде променено или изтрито; за да го поправите, изпратете ново. Връзките в текста стават активни.
message-submit = Изпрати съобщението
field-document-title = Заглавие
hint-document-title = Оставете празно, за да се използва името на файла.
field-document-description = Описание (по желание)
field-files = Файлове
hint-files = PDF, изображения (PNG, JPEG, WebP, HEIC), текст, CSV, Word, Excel, текстови документи OpenDocument, имейли (EML), MP3, M4A или MP4; всеки файл до { $mb } МБ. Можете да изберете няколко файла.
upload-submit = Качи
document-uploaded-by = Добавен от
document-size-bytes = { $size } байта
error-message-too-long = Съобщението може да съдържа най-много 20 000 знака.
error-file-too-large = Този файл е по-голям от допустимото.
error-case-files-full = В тази преписка вече няма място за още документи. Свържете се с центъра.
error-file-empty = Този файл е празен.
error-file-type-mismatch = Съдържанието на файла не съответства на името му. Проверете дали сте избрали правилния файл.
error-file-type = Този вид файл не се приема. Изпратете PDF, изображение, текст, офис документ, имейл, аудио- или видеозапис.
error-file-required = Изберете поне един файл.
notice-message-sent = Съобщението Ви е изпратено.
notice-documents-added = Документите са добавени към преписката.
notify-category-messages = Нови съобщения и документи
email-case-message-subject = Ново съобщение по { $reference }
email-case-message-body = По преписката { $reference } Ви очаква ново съобщение. От съображения за поверителност то се показва само в портала. Можете да изразите становище по него в портала в срок от { $days } дни.
email-case-document-subject = Нов документ по { $reference }
email-case-document-body = Към преписката { $reference } е добавен нов документ. Можете да го прочетете в портала. Можете да изразите становище по него в портала в срок от { $days } дни.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = Пуснете файловете тук или натиснете, за да ги изберете
upload-waiting = Изчаква
upload-uploading = Качва се…
upload-done = Качен
upload-failed = Качването не бе успешно. Опитайте отново.
document-preview = Преглед
document-preview-hint = Ако браузърът ви не показва документа тук, изтеглете го.
document-back-to-case = Обратно към преписката
document-download = Изтегляне
document-redacted = Заличено от { $name } на { $date }:
document-redact = Заличаване
document-redact-hint = Заменя съдържанието на документа, например за да се премахнат личните данни на трето лице. Качете заличено копие или не избирайте файл, за да се замени съдържанието с бележка. Остава запис кой, кога и защо е заличил документа.
field-redacted-copy = Заличено копие (по избор)
document-redacted-note = Центърът премахна съдържанието на този документ на { $date }. Причина: { $reason }
comment-window = До { $date } { $side } може да изрази становище по последното представено от другата страна (чл. 9, пар. 1, буква а) от Директива 2013/11/ЕС).
notice-document-redacted = Документът е заличен.
event-document-redacted = Документ е заличен
email-case-document-redacted-subject = Документ по преписка { $reference } е заличен
email-case-document-redacted-body = Центърът заличи документ по преписка { $reference }. Записът е достъпен в портала.

# Hearings
case-hearings = Изслушвания
case-hearings-empty = Не е насрочено изслушване.
hearing-booked-in = { $local } (часова зона { $zone })
hearing-cancelled = Отменено
hearing-minutes = Протокол
hearing-private-notes = Вашите лични бележки
hearing-answer = Отговори на поканата
field-hearing-answer = Вашият отговор
hearing-answer-attend = Ще присъствам
hearing-answer-another-time = Моля за друг час
hearing-reschedule = Пренасрочи изслушването
hearing-cancel = Отмени изслушването
hearing-record-minutes = Впиши протокола
field-hearing-minutes = Протокол за страните
hint-hearing-minutes = Двете страни могат да го прочетат.
field-hearing-private-notes = Лични бележки
hint-hearing-private-notes = Виждате ги само Вие.
hearing-schedule = Насрочи изслушване
field-time = Час
field-hearing-time-zone = Часова зона
hint-time-zone = Часова зона, например Europe/Sofia. Поканата показва часа в собствения календар на всеки участник.
field-duration-minutes = Продължителност в минути
field-hearing-form = Форма
hearing-form-video = Видеоразговор
hearing-form-phone = Телефон
hearing-form-in-person = Присъствено
field-hearing-place = Връзка, телефонен номер или адрес
hint-hearing-place = При видеоразговор – връзката с https://, при изслушване по телефона – номерът, при присъствено изслушване – адресът.
hearings-calendar-title = Моите изслушвания
hearings-calendar-week = Седмица от { $from } до { $to }
hearings-calendar-weeks = Седмици
hearings-calendar-previous = Предишна седмица
hearings-calendar-this-week = Тази седмица
hearings-calendar-next = Следваща седмица
hearings-calendar-empty = Няма изслушвания тази седмица.
hearing-when = Кога
hearing-case = Преписка
nav-hearings = Изслушвания
error-time-invalid = Въведете час, например 14:30.
error-hearing-time-zone = Въведете съществуваща часова зона, например Europe/Sofia.
error-duration = Въведете продължителност между 15 и 480 минути.
error-video-link = Въведете връзката за видеоразговора, започваща с https://.
error-phone = Въведете телефонен номер от 6 до 20 цифри.
error-time-ambiguous = В тази часова зона часовото време се сменя точно в този час; изберете час един час по-рано или по-късно.
error-hearing-in-past = Изслушването трябва да бъде в бъдеще.
error-hearing-overlaps = Вече имате изслушване по това време.
error-hearing-not-held = Протоколът може да бъде вписан, след като изслушването е започнало.
event-schedule-hearing = Насрочено е изслушване
event-reschedule-hearing = Изслушването е пренасрочено
event-cancel-hearing = Изслушването е отменено
event-answer-hearing = Отговор на покана за изслушване
event-record-minutes = Вписан е протокол от изслушването
email-case-hearing-scheduled-subject = Изслушване по { $reference }: { $date }
email-case-hearing-scheduled-body = Медиаторът насрочи изслушване по преписката { $reference } за { $date }. Поканата е приложена за Вашия календар; моля, уведомете ни в портала дали ще присъствате.
email-case-hearing-rescheduled-subject = Изслушването по { $reference } е пренасрочено: { $date }
email-case-hearing-rescheduled-body = Изслушването по преписката { $reference } е пренасрочено за { $date }. Приложената покана обновява Вашия календар; моля, уведомете ни в портала дали ще присъствате.
email-case-hearing-cancelled-subject = Изслушването по { $reference } е отменено
email-case-hearing-cancelled-body = Изслушването по преписката { $reference }, насрочено за { $date }, е отменено. Приложението го премахва от Вашия календар.
email-case-hearing-answered-subject = Отговор относно изслушването по { $reference }
email-case-hearing-answered-body = Страна отговори на поканата за изслушване по преписката { $reference }.
email-case-hearing-minutes-subject = Протокол от изслушването по { $reference }
email-case-hearing-minutes-body = Медиаторът вписа протокола от изслушването по преписката { $reference }. Можете да го прочетете в портала.
email-case-hearing-reminder-subject = Напомняне: изслушване по { $reference } на { $date }
email-case-hearing-reminder-body = Напомняме Ви за изслушването по преписката { $reference } на { $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = Приключена
nav-obligations = Просрочени задължения
case-settlement = Уреждане на спора
proposals-title = Предложения
proposals-empty = Все още няма направено предложение.
proposal-number = Предложение { $count }
proposal-by-consumer = предложено от потребителя
proposal-by-trader = предложено от търговеца
proposal-by-mediator = решение, предложено от медиатора
proposal-by-blind = сумата, при която се срещнаха скритите оферти
proposal-status-open = очаква отговор
proposal-status-withdrawn = оттеглено
proposal-status-countered = получи насрещно предложение
proposal-status-rejected = отхвърлено
proposal-status-accepted = прието от всички
proposal-answer-accepted = прието
proposal-answer-rejected = отхвърлено
proposal-revised = променено (версия { $count }) на { $date }
proposal-counters = насрещно предложение спрямо предложение { $count }
proposal-waived-reflection = отказа се от срока за размисъл
proposal-item = Точка { $count }
proposal-new = Направи предложение
proposal-answer = Отговори на това предложение
proposal-accept = Приеми
proposal-reject = Отхвърли
proposal-revise = Промени това предложение
proposal-withdraw = Оттегли това предложение
field-item-kind = Вид
hint-item-kind = Оставете вида празен, ако тази точка не Ви е нужна.
field-item-side = Задължена страна
field-item-action = Действие
hint-item-action = При действие: какво трябва да бъде направено.
field-item-amount = Сума
hint-item-amount = При плащане: сумата, например 149.90.
field-item-currency = Валута
field-item-due-on = Срок
field-item-description = Подробности
field-proposal-note = Други условия, описани със свои думи
field-counters = В отговор на
hint-counters = Изберете предложение, за да отправите насрещно предложение към него, или оставете празно за ново предложение.
field-proposal-answer = Вашият отговор
field-reason-if-rejecting = Причина (задължителна при отхвърляне)
settlement-kind-payment = Плащане
settlement-kind-action = Действие
settlement-action-repair = Ремонт
settlement-action-replacement = Замяна
settlement-action-return = Връщане на стоката
settlement-action-refund = Възстановяване на сумата
settlement-action-apology = Извинение
settlement-action-other = Друго действие
settlement-term-payment = Задължена страна: { $side }. Плаща { $what } до { $due }.
settlement-term-action = Задължена страна: { $side }. Осигурява: { $what }, до { $due }.
solution-new = Предложи решение
solution-intro = Предложеното от Вас решение няма задължителна сила. То може да се основава само на това, което и двете страни са видели: можете да се позовавате на съобщения и документи, споделени с всички, но никога на поверителни.
solution-non-binding = Това предложено решение няма задължителна сила: всяка от страните е свободна да го приеме или да го отхвърли.
solution-reflection-until = То може да бъде прието от { $date }, освен ако не се откажете от срока за размисъл.
solution-read-and-accept = Прочетете какво означава приемането и приемете
field-cites = На какво се основава решението
hint-cites = Отбележете споделените съобщения и документи, на които се основава решението.
cites-empty = Все още нищо не е споделено с всички.
solution-page-title = Приемане на решението, предложено от медиатора
solution-terms = Предложеното решение
solution-before-you-accept = Преди да приемете
solution-info-optional = Не сте длъжни да приемете това решение. Можете да го отхвърлите или просто да не отговорите.
solution-info-court = Участието в тази процедура не Ви пречи да се обърнете към съда сега или по-късно, ако не приемете решението.
solution-info-differ = Предложеното решение може да се различава от решението, което би постановил съд, прилагащ правните норми.
solution-info-effect = Ако двете страни го приемат, решението става споразумение, което Ви обвързва: трябва да изпълните предвиденото в него в посочените в него срокове, а центърът следи дали то се изпълнява.
field-solution-informed = Прочетох и разбрах тази информация.
field-solution-waive = Не желая да изчаквам изтичането на срока за размисъл.
solution-accept = Приеми предложеното решение
solution-no-longer-open = Това предложено решение вече не може да бъде прието.
blind-title = Скрити оферти
blind-intro-consumer = Въведете поверително най-малката сума, която бихте приели. Търговецът въвежда най-голямата сума, която би платил. Ако сумите се срещнат или почти се срещнат, паричната част от спора се урежда със сумата по средата между тях; ако не се срещнат, никой от двамата не научава сумата на другия.
blind-intro-trader = Въведете поверително най-голямата сума, която бихте платили. Потребителят въвежда най-малката сума, която би приел. Ако сумите се срещнат или почти се срещнат, паричната част от спора се урежда със сумата по средата между тях; ако не се срещнат, никой от двамата не научава сумата на другия.
blind-met-at = Скритите оферти се срещнаха при сума { $amount }. Предложение с това плащане очаква приемане от двете страни.
blind-round = Кръг { $count } от { $rounds }.
blind-missed-rounds = { $count ->
    [one] Един кръг приключи, без сумите да се срещнат.
   *[other] { $count } кръга приключиха, без сумите да се срещнат.
}
blind-your-figure = Вашата сума в този кръг: { $amount }.
blind-other-entered = Другата страна е въвела своята сума за този кръг.
blind-waiting = Другата страна все още не е въвела своята сума.
field-blind-amount-consumer = Най-малката сума, която бихте приели ({ $currency })
field-blind-amount-trader = Най-голямата сума, която бихте платили ({ $currency })
hint-blind-amount = Само Вие виждате тази сума.
blind-enter = Въведи сумата ми
blind-no-rounds-left = Всички кръгове на скритите оферти са използвани.
agreement-title = Споразумение за уреждане на спора
agreement-recorded = Вписано на { $date }. Не може да бъде променяно.
agreement-print = Споразумението за печат
agreement-download-text = Споразумението като текст (за проверка на SHA-256)
agreement-centre = Център за АРС
agreement-case = Преписка
agreement-consumer = Потребител
agreement-trader = Търговец
agreement-mediator = Медиатор
agreement-proposal = Предложение
agreement-version = версия
agreement-date = Дата на съгласието
agreement-terms = Условия:
agreement-note = Допълнителни условия:
agreement-acceptances = Прието от:
agreement-hash-explained = Посоченият по-горе SHA-256 е изчислен върху текста на споразумението точно както е отпечатан тук, като обикновен текстов файл в UTF-8; текстът, изтеглен от портала, позволява на всеки да го провери.
agreement-hash-mismatch = Съхраненият текст не съответства на своя SHA-256: свържете се с центъра.
obligations-title = Задължения
obligation-status-due = предстои изпълнение
obligation-status-done = изпълнено, очаква потвърждение
obligation-status-confirmed = потвърдено
obligation-status-reported = сигнализирано като неизпълнено
obligation-status-not-honoured = неизпълнено
obligation-outcome-honoured = изпълнено в срок
obligation-outcome-late = изпълнено със закъснение
obligation-outcome-not-honoured = неизпълнено
obligation-overdue = просрочено
obligation-done-at = Отбелязано като изпълнено на { $date }
obligation-evidence = доказателство
obligation-reported-because = Сигнализирано като неизпълнено:
obligation-mark-done = Отбележи като изпълнено
field-obligation-note = Бележка (по желание)
field-obligation-document = Доказателство (по желание)
hint-obligation-document = Документ, който вече е споделен с всички участници в преписката, например разписка за плащане.
obligation-confirm = Да, изпълнено е
obligation-report = Не, не е изпълнено
field-reason-if-not-honoured = Причина (задължителна при сигнализиране)
obligation-judge = Произнеси се по това задължение
field-obligation-decision = Решение
obligation-judged-honoured = Все пак е изпълнено
event-propose = Направено е предложение
event-withdraw-proposal = Предложението е оттеглено
event-answer-proposal = Отговор на предложение
event-blind-offer = Въведена е скрита оферта
event-settle = Спорът е уреден: споразумението е вписано
event-mark-done = Задължение е отбелязано като изпълнено
event-answer-obligation = Задължение е потвърдено или сигнализирано като неизпълнено
event-judge-obligation = Центърът се произнесе по задължение
event-close-compliance = Приключена: всички задължения са уредени
overdue-title = Просрочени задължения
overdue-caption = Задължения по споразумения, чийто срок е изтекъл, първо най-старите
overdue-case = Преписка
overdue-obligation = Задължение
overdue-due = Срок
overdue-days-late = Дни закъснение
overdue-status = Статус
overdue-empty = Няма просрочени задължения.
non-compliance-title = Търговци, които не са изпълнили споразумение
non-compliance-intro = Тези търговци не са изпълнили споразумение, постигнато пред центъра през последните 12 месеца. Търговецът отпада от списъка, след като изпълни задължението си, или след изтичане на 12 месеца.
non-compliance-caption = Търговци и брой на неизпълнените задължения
non-compliance-count = Неизпълнени задължения
non-compliance-empty = В списъка няма търговци.
error-amount-zero = Сумата трябва да бъде по-голяма от нула.
error-due-in-past = Срокът не може да бъде преди днешната дата.
error-proposal-no-items = Добавете поне една точка: плащане или действие.
error-proposal-withdrawn = Това предложение е оттеглено.
error-proposal-countered = На това предложение е отговорено с насрещно предложение; отговорете на насрещното предложение.
error-proposal-rejected = Това предложение е отхвърлено.
error-proposal-accepted = Това предложение вече е прието.
error-proposal-changed = Това предложение е променено, след като сте го отворили. Прочетете новата версия и отговорете отново.
error-already-accepted = Вашата страна вече е приела тази версия.
error-must-confirm-information = Потвърдете, че сте прочели информацията по-горе.
error-reflection-period = Срокът за размисъл не е изтекъл. Отбележете полето, за да се откажете от него, или се върнете по-късно.
error-cites-not-shared = Предложеното решение може да се позовава само на съобщения и документи, които и двете страни са видели.
error-comment-window-open = Страна все още може да изрази становище по представеното от другата страна. Предложете решението, след като срокът за становища изтече.
error-blind-met = Скритите оферти вече се срещнаха.
error-blind-no-rounds = Всички кръгове на скритите оферти са използвани.
error-blind-entered = Вече сте въвели своята сума за този кръг.
error-obligation-not-due = Това задължение не очаква изпълнение.
error-obligation-settled = Това задължение вече е уредено.
error-obligation-not-yet-due = Неизпълнение може да бъде сигнализирано след изтичането на срока или след като задължението е отбелязано като изпълнено.
error-obligation-not-marked-done = Може да бъде потвърдено, след като другата страна го отбележи като изпълнено. Ако е изпълнено без това, сигнализирайте: центърът ще реши.
error-obligation-not-decidable = Това решение не съответства на сегашното състояние на задължението.
email-case-proposal-subject = Ново предложение за споразумение по { $reference }
email-case-proposal-body = Другата страна направи предложение за споразумение по преписката { $reference }. В портала можете да го приемете, да го отхвърлите или да направите насрещно предложение.
email-case-solution-proposed-subject = Медиаторът предлага решение по { $reference }
email-case-solution-proposed-body = Медиаторът предложи решение по преписката { $reference }. То няма задължителна сила: прочетете го в портала, както и какво означава приемането му.
email-case-proposal-revised-subject = Предложение по { $reference } е променено
email-case-proposal-revised-body = Предложение за споразумение по преписката { $reference } е променено. Предишните приемания не се отнасят за новата версия.
email-case-proposal-withdrawn-subject = Предложение по { $reference } е оттеглено
email-case-proposal-withdrawn-body = Предложение за споразумение по преписката { $reference } е оттеглено.
email-case-proposal-accepted-subject = Предложение по { $reference } е прието
email-case-proposal-accepted-body = Страна прие предложение за споразумение по преписката { $reference }.
email-case-proposal-rejected-subject = Предложение по { $reference } е отхвърлено
email-case-proposal-rejected-body = Страна отхвърли предложение за споразумение по преписката { $reference }. Причината е посочена в портала.
email-case-blind-offer-subject = Скрита оферта очаква Вашата по { $reference }
email-case-blind-offer-body = Другата страна въведе своята поверителна сума по преписката { $reference }. Въведете своята, за да разберете дали сумите се срещат.
email-case-blind-met-subject = Скритите оферти по { $reference } се срещнаха
email-case-blind-met-body = Поверителните суми по преписката { $reference } се срещнаха: паричната част от спора се урежда със сума { $amount }. Приемете предложението в портала, за да бъде вписано споразумението.
email-case-blind-missed-subject = Скритите оферти по { $reference } не се срещнаха
email-case-blind-missed-body = Поверителните суми по преписката { $reference } не се срещнаха. Никоя от страните не научава сумата на другата. { $count ->
    [0] Не остава нито един кръг.
    [one] Остава един кръг.
   *[other] Остават { $count } кръга.
}
email-case-settled-subject = Споразумение за уреждане на спора по { $reference }
email-case-settled-body = Двете страни приеха едно и също предложение: спорът по преписката { $reference } е уреден. Споразумението е приложено; неговият SHA-256 е { $sha256 }.
email-case-obligation-done-subject = Задължение по { $reference } е отбелязано като изпълнено
email-case-obligation-done-body = Другата страна заявява, че е изпълнила предвиденото в споразумението по преписката { $reference }. Потвърдете това в портала или сигнализирайте, че задължението не е изпълнено.
email-case-obligation-confirmed-subject = Задължение по { $reference } е потвърдено
email-case-obligation-confirmed-body = Другата страна потвърди, че задължение по споразумението в преписката { $reference } е изпълнено.
email-case-obligation-reported-subject = Задължение по { $reference } е сигнализирано като неизпълнено
email-case-obligation-reported-body = Задължение по споразумението в преписката { $reference } е сигнализирано като неизпълнено. Центърът ще провери случая.
email-case-obligation-decided-subject = Центърът се произнесе по задължение по { $reference }
email-case-obligation-decided-body = Центърът се произнесе дали задължение по споразумението в преписката { $reference } е изпълнено. Решението е достъпно в портала.
email-case-obligation-due-soon-subject = Срок за изпълнение на задължение: { $due } ({ $reference })
email-case-obligation-due-soon-body = Срокът за изпълнение на задължение по споразумението в преписката { $reference } е { $due }. След като го изпълните, отбележете го като изпълнено в портала.
email-case-obligation-overdue-subject = Просрочено задължение по { $reference }
email-case-obligation-overdue-body = Срокът за изпълнение на задължение по споразумението в преписката { $reference } беше { $due }, а изпълнението му не е потвърдено.
email-case-compliance-closed-subject = Преписката { $reference } е приключена
email-case-compliance-closed-body = Всички задължения по споразумението в преписката { $reference } са уредени и преписката е приключена.

## Доклади (Art. 7(2) и 19(3) от Директива 2013/11/ЕС), регистър на обученията, данни за търговеца, текущо табло
nav-reports = Доклади
notice-report-texts-saved = Текстовете на центъра за този доклад са запазени.
notice-training-added = Курсът е добавен в регистъра Ви на обученията.
report-kind-annual = Годишен доклад за дейността
report-kind-biennial = Доклад до органа на всеки две години
report-title-annual = Годишен доклад за дейността
report-title-biennial = Доклад до компетентния орган на всеки две години
report-field-kind = Доклад
report-field-from = От
report-field-to = До
report-show = Покажи доклада
report-period = Период: от { $from } до { $to } (дните се отчитат по UTC).
report-compared = Сравнение с периода от { $from } до { $to }.
report-downloads = Изтеглете същите данни:
report-scope-note = Спорове на национално равнище са тези, при които потребителят пребивава в държавата, в която е установен търговецът; всички останали са трансгранични спорове. Всеки показател е посочен поотделно за двата вида и общо за всички спорове.
report-scope-domestic = На национално равнище
report-scope-cross-border = Трансгранични
report-scope-all = Всички
report-measure-count = Брой
report-measure-percent = %
report-measure-previous = Предходен период
report-measure-change = Промяна
report-measure-mean-days = Средно (в дни)
report-measure-median-days = Медиана (в дни)
report-measure-p90-days = 90-и процентил (в дни)
report-none = Няма през този период.
report-total-received = Получени спорове
report-total-refused = Спорове, чието разглеждане е отказано
report-total-resolved = Процедури, приключили с резултат
report-total-solutions-accepted = Предложени решения, приети от двете страни
report-total-ended = Приключили процедури
report-total-obligations = Уредени задължения на търговеца
report-total-discontinued = Прекратени преди постигане на резултат
report-total-complied = Изпълнени (в срок или със закъснение)
report-a-title = (a) Получени спорове и видове жалби
report-a-sectors = Получени спорове по сектори
report-a-problems = Получени спорове по вид на проблема
report-b-title = (b) Системни или значителни проблеми
report-b-intro = Търговците, секторите и видовете проблеми с най-много получени спорове, в сравнение с предходния период.
report-b-traders = Търговци с най-много спорове
report-b-sectors = Сектори с най-много спорове
report-b-problems = Видове проблеми с най-много спорове
report-recommendations = Препоръки на центъра за избягване или решаване на тези проблеми
report-text-empty = Центърът все още не е написал този текст за този период.
report-c-title = (c) Спорове, чието разглеждане е отказано
report-c-grounds = Откази по основания (Art. 5(4))
report-d-title = (d) Резултати
report-d-intro = Процедури, приключили с резултат през периода: уредени по взаимно съгласие на страните или приключили с решение, предложено от медиатора, отчетени според това в чия полза е решението (независимо дали страните са го приели).
report-d-outcomes = Резултати от процедурите, приключили с резултат
report-outcome-amicable = Уредени по взаимно съгласие на страните
report-outcome-consumer = Решение в полза на потребителя
report-outcome-partly = Решение частично в полза на потребителя
report-outcome-trader = Решение в полза на търговеца
report-outcome-no-solution = Неуредени, без предложено решение
report-e-title = (e) Прекратени процедури
report-e-discontinued = Дял на процедурите, прекратени преди постигане на резултат
report-e-endings = Как са приключили процедурите
report-ending-settled = Уредена
report-ending-not-settled = Приключена без споразумение
report-ending-withdrawn-consumer = Оттеглена от потребителя
report-ending-withdrawn-trader = Оттеглена от търговеца
report-ending-trader-declined = Търговецът отказа участие
report-ending-deemed-refusal = Мълчалив отказ (търговецът не отговори)
report-f-title = (f) Време, необходимо за решаване на споровете
report-f-intro = За процедурите, приключили с резултат през периода: времето, отчетено от деня на получаване на спора и от деня, в който преписката е окомплектована, както и времето, за което търговецът е отговорил на поканата на центъра.
report-duration-from-receipt = От получаването до резултата
report-duration-from-complete = От окомплектоването на преписката до резултата
report-duration-trader-response = От поканата до отговора на търговеца
report-g-title = (g) Изпълнение на резултатите
report-g-intro = Задълженията на търговеца по споразуменията, чийто изход е установен през периода.
report-g-complied = Процент на изпълнение
report-g-compliance = Задължения според начина на изпълнение
report-compliance-honoured = Изпълнени в срок
report-compliance-late = Изпълнени със закъснение
report-compliance-not-honoured = Неизпълнени
report-h-title = (h) Сътрудничество в рамките на мрежи от структури за АРС, които улесняват решаването на трансгранични спорове
report-training-title = Обучение на медиаторите и служителите
report-training-total = Общо часове
report-training-empty = Няма вписани обучения за този период.
report-assessment = Оценка на центъра за ефективността му и за начините да я подобри
report-texts-title = Текстовете на центъра
report-texts-intro = Тези текстове се съхраняват заедно с доклада за този период. Отделяйте абзаците с празен ред.
report-texts-save = Запази текстовете
error-report-period-order = Крайната дата трябва да съвпада с началната или да е след нея.
error-report-period-long = Един доклад обхваща най-много десет години.
training-title = Регистър на обученията
training-intro = Вписвайте курсовете, които сте преминали. Те се изброяват в доклада до органа на всеки две години.
training-empty = Все още няма вписан курс.
training-add = Добави курс
training-field-person = Лице
training-field-title = Курс
training-field-provider = Проведен от
training-field-started-on = Първи ден
training-field-ended-on = Последен ден
training-field-hours = Часове
training-hours-hint = Например 7,5
error-training-end-before-start = Последният ден трябва да съвпада с първия или да е след него.
error-training-in-future = Впишете курса, след като е приключил.
error-training-hours = Въведете часовете: повече от 0 и с най-много един знак след десетичната запетая, например 7,5.
figures-title = Нашите данни за споровете
figures-intro = Споровете с Вашата организация, разгледани от центъра през този период, поотделно на национално равнище и трансгранични.
figures-disputes = Спорове
figures-response = Време за отговор
figures-outcomes = Резултати
live-title = Центърът днес
live-failed-mail = Недоставени имейли: { $count }
live-by-state = Открити преписки по състояние
live-intake = Решения за приемане със срок до пет дни или просрочени (3 седмици)
live-trader = Отговори на търговци със срок до пет дни или просрочени
live-outcome = Резултати със срок до 14 дни или просрочени (90 дни)
live-due-on = Срок
live-workload = Натовареност на медиаторите
live-mediator = Медиатор
live-open-cases = Открити преписки
live-in-mediation = В медиация

# issue 16: input at the edge
error-amount-decimals = Сумата има повече десетични знаци, отколкото валутата позволява (два за EUR, нито един за JPY).
error-date-too-old = Тази дата е преди повече от десет години.
error-date-too-far = Тази дата е твърде далеч напред: най-много две години от днес.
error-date-report-range = Въведете дата от 1 януари 2000 г. до края на следващата година.
error-date-calendar-range = Въведете дата от 2000 г. до десет години напред.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = Този адрес принадлежи на профил, който не може да действа за тази страна по преписката.
signin-throttled-other-way = Ако това е Вашият профил, не е нужно да чакате: можем да Ви изпратим по имейл връзка за избор на нова парола, след което ще можете да влезете веднага.
signin-throttled-reset-link = Изпратете ми връзка за избор на нова парола
email-signup-existing-subject = Някой се опита да създаде профил с Вашия адрес
email-signup-existing-body = Някой се опита да създаде нов профил в Concilia с този имейл адрес. Адресът вече има профил, затова втори профил не беше създаден и нищо в профила Ви не е променено.
email-signup-existing-signin = Вход в моя профил
email-signup-existing-reset = Забравили сте паролата си? Изберете нова тук
email-signup-existing-ignore = Ако това не сте били Вие, не обръщайте внимание на този имейл: никой не може да използва профила Ви без паролата Ви.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = Изпращаните данни спряха да пристигат, затова нищо от тях не е запазено. Проверете връзката си и изпратете отново.
error-page-too-many-uploads = Вече имате няколко качвания в ход. Изчакайте да приключат и опитайте отново.
error-page-form-pending = Този формуляр вече е изпратен и все още се обработва. Изчакайте малко и презаредете страницата, за да видите резултата.
error-too-many-files = Твърде много файлове в едно качване. Нищо не е запазено: изпратете ги на по-малки групи.
error-case-documents-full = Тази преписка вече съдържа максималния брой документи. Нищо не е запазено. Свържете се с центъра.

# issue 17: coded values
case-role-consumer = Потребител
case-role-trader = Търговец
case-role-mediator-pending = Медиатор (очаква се декларация за липса на конфликт)
case-role-mediator = Медиатор
case-role-staff = Служител на центъра
case-role-system = Порталът (автоматично)
favours-consumer = в полза на потребителя
favours-partly = отчасти в полза на всяка страна
favours-trader = в полза на търговеца
hearing-status-scheduled = насрочено
hearing-status-cancelled = отменено

## The case workspace
case-sections = Части на преписката
case-tab-overview = Обзор
case-tab-messages = Съобщения
case-tab-documents = Документи
case-tab-hearings = Заседания
case-tab-settlement = Споразумение
case-tab-history = История
case-tab-new = { $count ->
    [one] { $count } ново
   *[other] { $count } нови
}
document-file = Файл
next-title = Какво следва
next-due = { $days ->
    [one] Срок до { $date }: остава { $days } ден
   *[other] Срок до { $date }: остават { $days } дни
}
next-due-today = Срокът изтича днес, { $date }
next-due-overdue = { $days ->
    [one] Срокът беше до { $date }: просрочен с { $days } ден
   *[other] Срокът беше до { $date }: просрочен с { $days } дни
}
next-who-mediator = Медиаторът
next-who-parties = Двете страни
next-other-steps = Други действия, които можете да предприемете
next-task-check-file = { $yours ->
    [yes] Проверете дали преписката е пълна или поискайте от потребителя липсващото.
   *[other] { $who } проверява дали преписката е пълна.
}
next-task-provide-info = { $yours ->
    [yes] Изпратете на центъра поисканата информация.
   *[other] { $who } трябва да изпрати поисканата от центъра информация.
}
next-task-decide = { $yours ->
    [yes] Приемете случая или откажете с мотиви.
   *[other] { $who } решава дали да приеме случая.
}
next-task-trader-answer = { $yours ->
    [yes] Отговорете по спора: участвайте в процедурата или откажете.
   *[other] { $who } трябва да отговори: да участва в процедурата или да откаже.
}
next-task-negotiate = { $yours ->
    [yes] Опитайте да се споразумеете пряко с другата страна: направете предложение или поискайте медиатор.
   *[other] Страните се опитват да се споразумеят пряко.
}
next-task-decide-objection = { $yours ->
    [yes] Решете възражението срещу медиатора.
   *[other] { $who } решава възражението срещу медиатора.
}
next-task-assign-mediator = { $yours ->
    [yes] Определете медиатор по случая.
   *[other] { $who } определя медиатор.
}
next-task-declare = { $yours ->
    [yes] Декларирайте, че нямате конфликт на интереси със страните, или откажете случая.
   *[other] { $who } трябва да декларира, че няма конфликт на интереси със страните.
}
next-task-answer-proposal = { $yours ->
    [yes] Отговорете на предложението: приемете го или го отхвърлете.
   *[other] { $who }: очаква се отговор на предложението.
}
next-task-mediate = { $yours ->
    [yes] Водете медиацията: проведете заседание или предложете решение.
   *[other] { $who } води медиацията към резултат.
}
next-task-honour = { $yours ->
    [yes] Изпълнете уговореното в споразумението и го отбележете като изпълнено.
   *[other] { $who } трябва да изпълни уговореното в споразумението.
}
next-task-confirm = { $yours ->
    [yes] Потвърдете, че уговореното е изпълнено, или съобщете, че не е.
   *[other] { $who } трябва да потвърди, че уговореното е изпълнено.
}
next-task-judge-obligation = { $yours ->
    [yes] Решете дали споразумението е изпълнено.
   *[other] { $who } решава дали споразумението е изпълнено.
}
next-task-ended = Случаят е приключил: от никого не се очаква нищо повече.
next-action-propose = Направете предложение
next-action-answer-proposal = Отговорете на предложението
next-action-schedule-hearing = Насрочете заседание
next-action-answer-hearing = Отговорете на поканата за заседание
next-action-mark-done = Отбележете дължимото като изпълнено
next-action-answer-obligation = Потвърдете, че е изпълнено
next-action-judge-obligation = Решете по сигнала за неизпълнение
case-compliance-honoured = Споразумение е постигнато и е изпълнено.
case-compliance-late = Споразумение е постигнато и е изпълнено със закъснение.
case-compliance-not-honoured = Споразумение е постигнато, но не е изпълнено.
case-ended-on = Приключил на { $date }
dashboard-waiting-for-you = Очаква се от вас
dashboard-nothing-for-you = В момента нищо не очаква действие от вас.
dashboard-waiting-for-others = Очаква се от други
dashboard-hearings-week = Заседания през следващите седем дни
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar.
history-actor = { $who ->
    [mediator] Медиаторът
    [centre] Центърът
    [system] Concilia
   *[person] { $name }
}
history-someone = Някой
history-submit = { $actor } подаде спора; номерът му е { $reference }.
history-request-info = { $actor } поиска допълнителна информация.
history-provide-info = { $actor } изпрати поисканата информация.
history-mark-complete = { $actor } установи, че преписката е пълна: резултатът се очаква до { $due }.
history-accept = { $actor } прие спора за разглеждане и покани търговеца да отговори до { $due }.
history-refuse = { $actor } отказа да разгледа спора. Основание: { $ground }
history-join = { $actor } се съгласи от името на търговеца да участва в процедурата.
history-decline = { $actor } отказа от името на търговеца да участва в процедурата.
history-deemed-refusal = Търговецът не отговори до { $due }, затова се смята, че е отказал да участва.
history-request-mediation = { $actor } поиска медиация.
history-end-negotiation = Срокът за преки преговори изтече без споразумение и започна медиация.
history-assign-mediator = { $actor } определи { $mediator } за медиатор.
history-declare-no-conflict = { $actor } декларира, че няма конфликт на интереси с никоя от страните.
history-decline-assignment = { $actor } отказа да бъде медиатор по този случай.
history-object = { $actor } възрази срещу медиатора.
history-decide-objection = { $upheld ->
    [yes] { $actor } уважи възражението: медиаторът вече не води случая.
   *[no] { $actor } отхвърли възражението: медиаторът остава по случая.
}
history-extend = { $actor } удължи срока за резултата до { $due }.
history-close-not-settled = { $actor } приключи случая без споразумение.
history-withdraw = { $actor } се оттегли от процедурата.
history-mark-complex = { $actor } отбеляза спора като сложен.
history-log-correspondence = { $direction ->
    [incoming] { $actor } вписа писмо, получено на { $date }.
   *[outgoing] { $actor } вписа писмо, изпратено на { $date }.
}
history-add-member = { $capacity ->
    [assistant] { $actor } добави { $member } към случая като помощник.
   *[representative] { $actor } добави { $member } към случая като представител.
}
history-link-group = { $actor } свърза този случай със свързаната преписка { $linked }.
history-schedule-hearing = { $actor } насрочи изслушване за { $starts }.
history-reschedule-hearing = { $actor } пренасрочи изслушването за { $starts }.
history-cancel-hearing = { $actor } отмени изслушване.
history-answer-hearing = { $answer ->
    [attend] { $actor } ще присъства на изслушването.
    [another_time] { $actor } поиска друг час за изслушването.
   *[hidden] { $actor } отговори на поканата за изслушване.
}
history-record-minutes = { $actor } вписа протокола от изслушването.
history-propose = { $kind ->
    [solution] { $actor } предложи решение на спора.
    [counter] { $actor } направи насрещно предложение.
    [revised] { $actor } промени предложение.
   *[offer] { $actor } направи предложение за споразумение.
}
history-withdraw-proposal = { $actor } оттегли предложение за споразумение.
history-answer-proposal = { $decision ->
    [accepted] { $of ->
        [solution] { $actor } прие решението, предложено от медиатора.
        [blind] { $actor } прие сумата, при която се срещнаха скритите оферти.
       *[offer] { $actor } прие предложението.
    }
   *[rejected] { $of ->
        [solution] { $actor } отхвърли решението, предложено от медиатора.
        [blind] { $actor } отхвърли сумата, при която се срещнаха скритите оферти.
       *[offer] { $actor } отхвърли предложението.
    }
}
history-blind-offer = { $outcome ->
    [met] { $actor } въведе скрита оферта в кръг { $round }; двете оферти се срещнаха при { $amount }.
    [apart] { $actor } въведе скрита оферта в кръг { $round }; двете оферти се оказаха твърде далеч една от друга.
   *[waiting] { $actor } въведе скрита оферта в кръг { $round }.
}
history-settle = Страните постигнаха споразумение и то беше вписано.
history-mark-done = { $kind ->
    [payment] { $actor } съобщи, че плащането от { $amount } е извършено.
   *[action] { $actor } съобщи, че договореното действие ({ $action }) е изпълнено.
}
history-answer-obligation = { $decision ->
    [confirm] { $kind ->
        [payment] { $actor } потвърди, че плащането от { $amount } е извършено.
       *[action] { $actor } потвърди, че договореното действие ({ $action }) е изпълнено.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } съобщи, че плащането от { $amount } не е извършено.
       *[action] { $actor } съобщи, че договореното действие ({ $action }) не е изпълнено.
    }
}
history-judge-obligation = { $decision ->
    [honoured] { $kind ->
        [payment] { $actor } реши, че плащането от { $amount } е извършено.
       *[action] { $actor } реши, че договореното действие ({ $action }) е изпълнено.
    }
   *[not_honoured] { $kind ->
        [payment] { $actor } реши, че плащането от { $amount } не е извършено.
       *[action] { $actor } реши, че договореното действие ({ $action }) не е изпълнено.
    }
}
history-close-compliance = Всички задължения по споразумението са уредени, затова случаят е приключен.
history-document-redacted = { $known ->
    [yes] { $actor } замени документа „{ $title }“ със заличено копие.
   *[no] { $actor } замени документ със заличено копие.
}
## Dates
date-deadline-today = { $date } (срокът е днес)
date-deadline-left = { $date } ({ $days ->
    [one] остава { $days } ден
   *[other] остават { $days } дни
})
date-deadline-overdue = { $date } ({ $days ->
    [one] просрочено с { $days } ден
   *[other] просрочено с { $days } дни
})
agreement-back = Обратно към преписка { $reference }
