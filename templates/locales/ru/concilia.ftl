# Concilia — русский язык.
# Одно сообщение на каждый текст, который видит пользователь. Переводчикам: сохраняйте идентификаторы, переводите текст.

app-name = Concilia
yes = Да
no = Нет

## Навигация и макет страницы
nav-skip = Перейти к основному содержанию
nav-label = Основное меню
nav-dashboard = Личный кабинет
nav-organisations = Компании-продавцы
nav-users = Пользователи
nav-outbox = Исходящая почта
nav-account = Моя учётная запись
nav-signin = Войти
nav-signup = Регистрация
nav-signout = Выйти
language-label = Язык
language-switch = Сменить
footer-text = Concilia — независимая служба урегулирования споров. Для потребителей она бесплатна и не принимает ничьей стороны.
list-next-page = Следующая страница

## Уведомления после выполнения действия
notice-signed-out = Вы вышли из системы.
notice-email-verified = Спасибо! Ваш адрес электронной почты подтверждён.
notice-password-reset = Ваш пароль изменён. Теперь Вы можете войти с новым паролем.
notice-password-changed = Ваш пароль изменён. На других устройствах выполнен выход.
notice-email-change-sent = Мы отправили ссылку на Ваш новый адрес. Адрес будет изменён, когда Вы перейдёте по ней.
notice-email-changed = Ваш адрес электронной почты изменён.
notice-verification-sent = Мы отправили Вам новую ссылку для подтверждения.
notice-reset-sent = Если учётная запись с этим адресом существует, мы отправили на него ссылку для выбора нового пароля. Ссылка действительна в течение одного часа.
notice-invitation-accepted = Ваша учётная запись готова. Войдите, используя новый пароль.
notice-organisation-created = Компания-продавец добавлена.
notice-invitation-sent = Приглашение отправлено.
notice-user-disabled = Учётная запись заблокирована, выход выполнен на всех устройствах.
notice-user-enabled = Учётная запись снова активна.
notice-language-saved = Язык сохранён.
notice-mail-requeued = Сообщение будет отправлено повторно в ближайшее время.
notice-signed-up = Спасибо. Мы отправили письмо на указанный Вами адрес; перейдите по ссылке в нём, чтобы подтвердить адрес. Вы можете войти сейчас с выбранным паролем.

verify-banner = Подтвердите, пожалуйста, свой адрес электронной почты: мы отправили ссылку на { $email }.
verify-resend = Отправить ссылку ещё раз

## Главная страница
home-title = Урегулируйте спор с продавцом без обращения в суд
home-lead = Concilia — центр внесудебного урегулирования споров (ADR). Если Вы не можете договориться с продавцом по поводу купленного товара или услуги, независимый медиатор поможет обеим сторонам прийти к справедливому решению.
home-cta = Подать жалобу
home-have-account = У меня уже есть учётная запись
home-who-title = Кто может обратиться в Concilia
home-who-body = Любой потребитель, который приобрёл товары или услуги у продавца для личных нужд — лично или через интернет, в том числе у продавца из другой страны ЕС. Продавцы не могут инициировать здесь разбирательство против потребителя.
home-first-title = Сначала обратитесь к продавцу
home-first-body = Прежде чем обращаться к нам, Вы должны сообщить продавцу о проблеме и дать ему возможность её устранить. Сохраните его ответ, а если ответа не было, запишите, когда Вы ему писали: мы попросим эти сведения.
home-cost-title = Стоимость
home-cost-body = Для потребителей — бесплатно. Процедура ничего не стоит, и юрист Вам не понадобится.
home-time-title = Сроки
home-time-body = В течение трёх недель мы сообщим Вам, можем ли мы принять Вашу жалобу, а в случае отказа укажем причины. Когда все материалы по Вашему делу будут представлены, процедура завершится письменным решением в течение 90 дней.
home-steps-title = Как проходит процедура: шаг за шагом
home-step-1 = Вы создаёте учётную запись и описываете спор: кто продавец, что Вы купили, когда Вы к нему обратились и что он ответил, чего Вы требуете, — и прилагаете доказательства.
home-step-2 = Мы проверяем, все ли материалы представлены и можем ли мы рассмотреть спор, после чего принимаем жалобу или отказываем в её рассмотрении с указанием причин.
home-step-3 = Мы предлагаем продавцу представить свой ответ. Стороны знакомятся с доводами и доказательствами друг друга.
home-step-4 = Медиатор помогает обеим сторонам — в письменной форме или в ходе слушания — и может предложить вариант урегулирования спора.
home-step-5 = Вы получаете итоговое решение в письменной форме. Если стороны достигнут соглашения, мы зафиксируем его, а также то, было ли оно исполнено.
home-withdraw = Вы можете выйти из процедуры в любой момент. Обращение в Concilia не лишает Вас права впоследствии обратиться в суд.

## Личные кабинеты
dashboard-welcome = Добро пожаловать, { $name }
dashboard-consumer-empty-title = У Вас пока нет дел
dashboard-consumer-empty-body = Когда Вы передадите жалобу на рассмотрение в центр, она появится здесь с указанием статуса и следующего шага. Убедитесь, что Вы сначала обратились к продавцу и сохранили его ответ.
dashboard-trader-org = Вы представляете компанию { $organisation }.
dashboard-trader-empty-title = Дел, касающихся Вашей компании, нет
dashboard-trader-empty-body = Если потребитель инициирует спор с Вашей компанией, Вы получите приглашение представить ответ — здесь и по электронной почте.
dashboard-mediator-empty-title = Вам не назначено ни одного дела
dashboard-mediator-empty-body = Когда центр назначит Вам дело, оно появится здесь вместе со сроками.
dashboard-admin-title = Администрирование центра
dashboard-admin-body = Добавляйте компании-продавцы, сотрудничающие с центром, приглашайте их сотрудников и медиаторов.

## Поля форм
field-name = Полное имя
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-password-confirm = Повторите пароль
field-current-password = Текущий пароль
field-new-email = Новый адрес электронной почты
field-language = Язык портала и писем
field-org-name = Название компании-продавца
field-registration-number = Регистрационный номер компании
field-contact-email = Адрес электронной почты для жалоб
field-sector = Отрасль
field-is-member = Компания-продавец является участником центра
hint-password = Не менее 12 символов. Фразу из нескольких слов легко запомнить и трудно подобрать.

## Ошибки в формах
error-form-has-problems = Исправьте, пожалуйста, поля, отмеченные ниже.
error-form-expired = Срок действия формы истёк, поэтому данные не сохранены. Проверьте введённые данные и отправьте форму ещё раз.
error-required = Заполните это поле.
error-too-long = Слишком длинное значение.
error-invalid-characters = Содержит недопустимые символы.
error-email-invalid = Введите адрес электронной почты, например name@example.com.
error-email-taken = Этот адрес электронной почты уже используется другой учётной записью. Войдите или запросите новый пароль.
error-email-unchanged = Это и есть Ваш текущий адрес электронной почты.
error-password-too-short = Пароль должен содержать не менее 12 символов.
error-password-too-long = Пароль должен содержать не более 256 символов.
error-password-mismatch = Пароли не совпадают.
error-current-password-wrong = Текущий пароль указан неверно.
error-language-unknown = Выберите один из предложенных языков.
error-registration-taken = Компания-продавец с таким регистрационным номером уже существует.
error-signin-failed = Неверный адрес электронной почты или пароль.
error-signin-throttled = Слишком много попыток входа. Подождите { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} и попробуйте снова.
error-account-disabled = Эта учётная запись заблокирована. Обратитесь в центр.

## Ссылки, отправленные по электронной почте
link-problem-title = Ссылка не работает
link-problem-next = Вы можете запросить новую ссылку или войти, если у Вас уже есть пароль.
error-link-invalid = Ссылка недействительна. Проверьте, скопировали ли Вы её полностью.
error-link-expired = Срок действия ссылки истёк.
error-link-used = Эта ссылка уже была использована.

## Страницы ошибок
error-title = Ошибка { $status }
error-back-home = Вернуться на главную
error-page-not-found = Страница не найдена.
error-page-forbidden = У Вас нет доступа к этой странице.
error-page-csrf = Срок действия формы истёк или она была отправлена не с этого сайта, поэтому данные не сохранены. Вернитесь назад, обновите страницу и попробуйте снова.
error-page-unauthenticated = Войдите, чтобы продолжить.
error-page-token-expired = Срок действия сеанса истёк. Войдите снова.
error-page-token-invalid = Ваш сеанс больше не действителен. Войдите снова.
error-page-bad-request = Не удалось обработать запрос.
error-input-malformed = Значение указано в неверном формате.
error-page-too-large = Объём отправленных данных слишком велик.
error-page-unavailable = Сервис временно недоступен. Попробуйте снова через несколько минут; сохранённые Вами данные не потеряны.
error-page-internal = На нашей стороне произошла ошибка. Попробуйте ещё раз; если ошибка повторится, обратитесь в центр.

## Учётные записи
signup-title = Создание учётной записи
signup-intro = Учётная запись нужна, чтобы подать жалобу и следить за ходом её рассмотрения.
signup-submit = Зарегистрироваться
signup-have-account = Уже есть учётная запись?
signin-title = Вход
signin-submit = Войти
signin-forgot = Забыли пароль?
signin-no-account = Ещё нет учётной записи?
forgot-title = Восстановление пароля
forgot-intro = Введите адрес электронной почты, указанный в Вашей учётной записи. Мы отправим Вам ссылку для выбора нового пароля.
forgot-submit = Отправить ссылку
reset-title = Выберите новый пароль
reset-submit = Сохранить новый пароль
invitation-title = Настройка учётной записи
invitation-intro = Добро пожаловать, { $name }! Придумайте пароль, чтобы завершить настройку учётной записи.
invitation-submit = Сохранить и продолжить
email-confirm-title = Подтвердите новый адрес электронной почты
email-confirm-intro = Нажмите кнопку, чтобы в дальнейшем использовать этот адрес для Вашей учётной записи.
email-confirm-submit = Подтвердить новый адрес
settings-title = Моя учётная запись
settings-password-title = Смена пароля
settings-password-submit = Сменить пароль
settings-email-title = Смена адреса электронной почты
settings-email-intro = Мы отправим ссылку на новый адрес; он заменит прежний, когда Вы перейдёте по ссылке.
settings-email-submit = Отправить ссылку для подтверждения

## Администрирование
orgs-title = Компании-продавцы
orgs-caption = Компании-продавцы, зарегистрированные в центре
orgs-empty = Компаний-продавцов пока нет. Добавьте первую с помощью формы ниже.
orgs-member-column = Участник
orgs-new-title = Добавить компанию-продавца
orgs-new-submit = Добавить компанию
org-users-title = Представители этой компании-продавца
org-users-empty = Пока никого нет. Пригласите сотрудника, который будет отвечать на жалобы.
org-invite-title = Пригласить сотрудника
invite-submit = Отправить приглашение
users-title = Пользователи
users-caption = Все зарегистрированные пользователи
users-role-column = Роль
users-status-column = Статус
users-actions-column = Действия
users-disable = Заблокировать
users-enable = Разблокировать
users-invite-mediator-title = Пригласить медиатора
user-status-active = Активен
user-status-invited = Приглашён
user-status-disabled = Заблокирован
role-consumer = Потребитель
role-trader-user = Представитель компании-продавца
role-mediator = Медиатор
role-admin = Администратор

## Исходящая почта
outbox-title = Исходящая почта
outbox-intro = Сообщения, которые ещё не доставлены. { $sent ->
    [one] Уже доставлено { $sent } сообщение.
    [few] Уже доставлено { $sent } сообщения.
    [many] Уже доставлено { $sent } сообщений.
   *[other] Уже доставлено { $sent } сообщения.
}
outbox-caption = Ожидающие и недоставленные сообщения, сначала самые старые
outbox-empty = Все сообщения доставлены.
outbox-recipient = Получатель
outbox-subject = Тема
outbox-attempts = Попытки
outbox-last-error = Последний ответ почтового сервера
outbox-status-pending = Ожидает, следующая попытка: { $at }
outbox-status-failed = Не доставлено
outbox-retry = Отправить повторно

## Электронные письма
email-footer = Concilia — независимое урегулирование споров. Вы получили это письмо в связи с Вашей учётной записью или делом в Concilia.
email-greeting = Здравствуйте, { $name }!
email-link-fallback = Если кнопка не работает, скопируйте этот адрес в адресную строку браузера:
email-open-account = Открыть учётную запись
email-verify-email-subject = Подтвердите адрес электронной почты
email-verify-body = Подтвердите, пожалуйста, что это Ваш адрес электронной почты, чтобы мы могли писать Вам по поводу Вашей жалобы.
email-verify-action = Подтвердить адрес
email-verify-ignore = Если Вы не создавали учётную запись в Concilia, просто проигнорируйте это письмо.
email-password-reset-subject = Выберите новый пароль
email-reset-body = Поступил запрос на смену пароля Вашей учётной записи в Concilia. Ссылка действует один час и может быть использована только один раз.
email-reset-action = Выбрать новый пароль
email-reset-ignore = Если Вы не отправляли такой запрос, проигнорируйте это письмо: Ваш пароль останется прежним.
email-invitation-subject = Приглашение в Concilia
email-invitation-body = Центр создал для Вас учётную запись в Concilia. Придумайте пароль, чтобы начать работу.
email-invitation-action = Настроить учётную запись
email-invitation-expiry = Ссылка действует семь дней и может быть использована только один раз.
email-email-change-subject = Подтвердите новый адрес электронной почты
email-change-body = Вы запросили использование этого адреса для Вашей учётной записи в Concilia.
email-change-action = Подтвердить новый адрес
email-change-ignore = Если Вы не отправляли такой запрос, проигнорируйте это письмо: ничего не изменится.
email-password-changed-subject = Ваш пароль изменён
email-password-changed-body = Пароль Вашей учётной записи в Concilia только что был изменён; на всех остальных устройствах выполнен выход.
email-password-changed-warning = Если это были не Вы, немедленно установите новый пароль с помощью ссылки «Забыли пароль?» и обратитесь в центр.
email-email-change-requested-subject = Запрошена смена адреса электронной почты
email-change-requested-body = Кто-то, выполнивший вход в Вашу учётную запись, запросил смену адреса электронной почты. Адрес будет изменён только после перехода по ссылке, отправленной на новый адрес.

## Language and time zone
settings-preferences-title = Язык и часовой пояс
field-time-zone = Часовой пояс для дат и времени
settings-preferences-submit = Сохранить
error-time-zone-unknown = Выберите один из предложенных часовых поясов.
notice-preferences-saved = Язык и часовой пояс сохранены.

## Споры: общие слова
error-page-conflict = В текущем состоянии дела это невозможно. Обновите страницу дела, чтобы увидеть, на каком этапе оно находится.
error-choice-unknown = Выберите один из предложенных вариантов.
error-country-unknown = Выберите страну из списка.
error-currency-unknown = Введите код валюты, например EUR, BGN или HUF.
error-amount-invalid = Введите сумму, например 149.90.
error-amount-negative = Сумма не может быть отрицательной.
error-amount-too-large = Эта сумма слишком велика для потребительского спора.
error-date-invalid = Введите дату, например 2026-03-14.
error-date-future = Эта дата ещё не наступила.
error-complaint-before-purchase = Дата обращения к продавцу не может быть раньше даты покупки.
error-must-confirm = Подтвердите это, чтобы подать заявление о споре.
error-trader-email-has-account = Адрес электронной почты продавца принадлежит учётной записи другого типа. Добавьте продавца в справочник и выберите его в деле.
error-case-unknown = Дела с таким номером нет.
error-extension-days = Введите число дней от 1 до 90.
error-member-exists = У этого человека уже есть доступ к делу.
error-backup-same = Заместителем должно быть другое лицо, а не основное контактное лицо по урегулированию споров.
error-holiday-exists = Этот день уже внесён в календарь для этой страны.
field-country = Страна
field-address = Адрес
field-participation-mandatory = Участие в альтернативном урегулировании споров обязательно (выйти из процедуры может только потребитель)
field-date = Дата
field-holiday-name = Название праздника
nav-cases = Дела
nav-file = Подать заявление о споре
nav-intake = Входящие
nav-holidays = Праздники
nav-about = О центре и его правилах
nav-my-organisation = Моя компания
notice-case-filed = Ваше заявление о споре подано. Мы отправили Вам подтверждение по электронной почте.
notice-step-done = Готово. Дело обновлено.
notice-contacts-saved = Контактные лица по урегулированию споров сохранены.
notice-holiday-added = Праздник добавлен.
side-consumer = потребитель
side-trader = продавец

## Списки
sector-goods = Товары общего назначения
sector-electronics = Электроника и бытовая техника
sector-clothing = Одежда и обувь
sector-vehicles = Транспортные средства и ремонт
sector-travel = Путешествия и отдых
sector-transport = Пассажирские перевозки
sector-telecoms = Связь и интернет
sector-energy = Энерго- и водоснабжение
sector-financial = Финансовые услуги
sector-health = Здравоохранение
sector-leisure = Досуг и культура
sector-other = Другое
problem-defective = Неисправность или повреждение
problem-not-delivered = Товар не доставлен или услуга не оказана
problem-not-as-described = Не соответствует описанию
problem-late = Задержка доставки
problem-billing = Счета и цены
problem-contract = Условия договора и его расторжение
problem-warranty = Гарантия
problem-service-quality = Качество обслуживания
problem-unfair-practice = Недобросовестная коммерческая практика
problem-other = Другое
claim-refund = Возврат денег
claim-repair = Ремонт
claim-replacement = Замена
claim-price-reduction = Снижение цены
claim-compensation = Компенсация
claim-other = Другое
channel-online = Онлайн
channel-post = По почте
channel-phone = По телефону
channel-in-person = Лично
ground-no-prior-complaint = Потребитель не пытался сначала урегулировать вопрос с продавцом
ground-frivolous = Спор является несерьёзным или недобросовестным
ground-elsewhere = Спор рассматривается или уже был рассмотрен другим органом альтернативного урегулирования споров или судом
ground-below-threshold = Сумма требования ниже порога, установленного центром
ground-above-threshold = Сумма требования выше порога, установленного центром
ground-too-late = Заявление подано позже установленного срока после обращения к продавцу
ground-impairs-operation = Рассмотрение спора серьёзно нарушило бы работу центра
capacity-representative = Представитель
capacity-assistant = Помощник
correspondence-incoming = Получено
correspondence-outgoing = Отправлено
state-draft = Черновик
state-submitted = Поступило
state-awaiting-info = Ожидается информация
state-complete = Материалы представлены полностью
state-awaiting-trader = Ожидается ответ продавца
state-negotiation = Прямые переговоры
state-mediation = Медиация
state-settled = Урегулировано
state-not-settled = Закрыто без соглашения
state-withdrawn = Отозвано
state-trader-declined = Продавец отказался от участия
state-refused = Отказано в рассмотрении

## Подача заявления о споре
file-title = Подать заявление о споре
file-intro = Если Вы обратились к продавцу с жалобой, но договориться не удалось, центр может помочь вам обоим найти решение. Форма состоит из { $count ->
        [one] { $count } короткого шага
       *[other] { $count } коротких шагов
    }; введённые данные сохраняются по ходу заполнения, поэтому Вы можете вернуться к ней позже.
file-start = Начать
file-continue = Продолжить заполнение черновика
file-steps-label = Шаги формы
file-step-trader = Продавец
file-step-purchase = Что Вы купили
file-step-complaint = Ваша жалоба и Ваше требование
file-step-details = Описание
file-step-evidence = Доказательства
file-step-review = Проверка и подача
file-on-behalf-of = Заполняется от имени: { $name }
file-trader-chosen = Выбран из справочника: { $name }. Чтобы изменить выбор, выполните поиск ещё раз или укажите другого продавца ниже.
file-trader-search = Поиск в справочнике продавцов
file-trader-search-submit = Найти
file-trader-results = Найденные продавцы
file-trader-member = участник центра
file-trader-pick = Выбрать этого продавца
file-trader-none-found = В справочнике нет подходящего продавца. Укажите данные продавца ниже.
file-trader-manual = Или укажите данные продавца
file-trader-no-answer = Нет, продавец не ответил
file-save-next = Сохранить и продолжить
file-evidence-intro = Приложите то, что подтверждает Ваши требования: чек или договор, фотографии, письма или электронные сообщения, которыми Вы обменялись с продавцом. После подачи заявления их увидят все участники дела. Документы можно добавить и позже.
file-evidence-none = Документы ещё не добавлены.
file-evidence-remove = Удалить
file-evidence-remove-named = Удалить { $title }
file-evidence-continue = Перейти к проверке
file-review-documents = Документы, подаваемые вместе с заявлением
file-review-change-documents = Добавить или удалить документы
file-review-problems = Прежде чем подать заявление, обратите внимание на следующие разделы:
file-submit = Подать заявление
file-field-trader = Продавец
file-field-consumer = Потребитель
file-field-trader-name = Название продавца
file-field-trader-email = Адрес электронной почты продавца
file-field-trader-country = Страна продавца
file-field-trader-address = Адрес продавца
file-field-sector = Отрасль
file-field-problem-kind = Вид проблемы
file-field-purchase-description = Что Вы купили или чем пользовались
file-field-purchase-date = Дата покупки
file-field-price = Уплаченная цена
file-field-price-currency = Валюта
file-field-complained-on = Дата Вашего обращения к продавцу
file-field-trader-responded = Ответил ли продавец?
file-field-trader-response = Ответ продавца
file-field-claim-kind = Что Вы требуете
file-field-claim-amount = Требуемая сумма
file-field-claim-currency = Валюта суммы
file-field-description = Что произошло
file-field-language = Язык процедуры
file-field-consumer-country = Страна Вашего проживания
file-field-not-elsewhere = Подтверждаю, что этот спор не рассматривается судом или другим органом по урегулированию споров.
hint-amount = Например, 149.90
hint-currency = Три буквы, например EUR
hint-complained-on = Оставьте поле пустым, если Вы ещё не обращались к продавцу. Как правило, центр требует, чтобы Вы сначала попытались решить вопрос с ним.
hint-trader-response = Кратко: что ответил продавец.
hint-claim-amount = Нужно указать, если Вы требуете возврата денег, снижения цены или компенсации.
hint-description = Расскажите своими словами: что произошло, когда и что Вы уже предприняли.
hint-procedure-language = Письма и сама процедура будут на этом языке.
terms-title = Перед подачей заявления
terms-free = Подача заявления о споре бесплатна.
terms-fee = Подача заявления о споре стоит { $fee }.
terms-no-lawyer = Вам не нужен юрист. На любом этапе Вас может представлять или Вам может помогать человек по Вашему выбору.
terms-withdraw = Вы можете выйти из процедуры в любой момент.
terms-outcome = Если Вы и продавец договоритесь, соглашение будет обязательным для вас обоих как договор. Решение, предложенное медиатором, обязательно для Вас, только если Вы его примете.
terms-court = Участие в процедуре не лишает Вас права обратиться в суд; пока идёт процедура, течение сроков исковой давности приостанавливается.
terms-more = Ознакомиться с правилами центра
on-behalf-title = Внести жалобу от имени потребителя
on-behalf-intro = Для жалоб, поступивших по почте, по телефону или лично. Если у потребителя есть адрес электронной почты, он получит доступ по электронной почте.
on-behalf-consumer-name = Имя потребителя
on-behalf-consumer-email = Адрес электронной почты потребителя
hint-on-behalf-email = Необязательно. Оставьте поле пустым, если у потребителя нет адреса электронной почты.
on-behalf-submit = Перейти к форме

## Страница дела
case-title = Дело { $reference }
case-days-left = { $days ->
    [one] До итогового решения остался { $days } день
    [few] До итогового решения осталось { $days } дня
    [many] До итогового решения осталось { $days } дней
   *[other] До итогового решения осталось { $days } дня
}
case-days-overdue = { $days ->
    [one] Срок итогового решения пропущен на { $days } день
    [few] Срок итогового решения пропущен на { $days } дня
    [many] Срок итогового решения пропущен на { $days } дней
   *[other] Срок итогового решения пропущен на { $days } дня
}
case-parties = Стороны
case-mediator = Медиатор
case-mediator-pending = ещё не подтвердил свою независимость
case-no-mediator = Пока не назначен
case-decision-warning = { $days ->
    [one] поступило { $days } день назад: решение о принятии нужно вынести в течение 21 дня
    [few] поступило { $days } дня назад: решение о принятии нужно вынести в течение 21 дня
    [many] поступило { $days } дней назад: решение о принятии нужно вынести в течение 21 дня
   *[other] поступило { $days } дня назад: решение о принятии нужно вынести в течение 21 дня
}
case-dates = Даты
case-received-at = Поступило
case-completed-at = Материалы представлены полностью
case-outcome-due = Срок итогового решения
case-extended = продлён
case-trader-due = Срок ответа продавца
case-negotiation-until = Прямые переговоры до
case-complex = Сложный спор
case-closed-at = Закрыто
case-certificate = Скачать справку о датах процедуры
case-outcome = Результат
case-withdrawn-by = из процедуры вышел { $side }
case-info-requested = Центру нужна дополнительная информация
case-objection = Возражение против медиатора
case-automatic-grounds = Возможные основания для отказа (автоматическая проверка)
case-automatic-grounds-hint = Определены автоматически по введённым данным; решение принимает человек.
case-conflict-title = Проверка на конфликт интересов
case-conflict-intro = Вам назначено это дело. Прежде чем ознакомиться с материалами, подтвердите, что у Вас нет конфликта интересов ни с одной из сторон, или откажитесь от дела.
case-actions = Доступные действия
case-group = Связанные дела
case-facts = Суть спора
case-timeline = История дела
case-cross-border = Трансграничный
case-no-complaint-date = Не указана
case-channel = Способ поступления
case-reference = Номер
case-days-left-column = Осталось дней
event-submit = Заявление о споре подано
event-request-info = Запрошена информация
event-provide-info = Информация предоставлена
event-mark-complete = Материалы отмечены как полные
event-accept = Спор принят к рассмотрению; продавцу направлено приглашение
event-refuse = Отказано в рассмотрении спора
event-join = Продавец участвует в процедуре
event-decline = Продавец отказался от участия
event-deemed-refusal = Продавец не ответил в срок
event-request-mediation = Запрошена медиация
event-end-negotiation = Срок переговоров истёк; начинается медиация
event-assign-mediator = Назначен медиатор
event-declare-no-conflict = Медиатор заявил об отсутствии конфликта интересов
event-decline-assignment = Медиатор отказался от дела
event-object = Возражение против медиатора
event-decide-objection = Принято решение по возражению
event-extend = Срок продлён
event-close-not-settled = Закрыто без соглашения
event-withdraw = Выход из процедуры
event-mark-complex = Отмечено как сложное
event-log-correspondence = Внесена запись о переписке
event-add-member = Добавлен представитель или помощник
event-link-group = Связано с другим делом
step-request-info = Запросить недостающую информацию
step-request-info-hint = Потребитель получит письмо и ответит на этой странице. До тех пор дело ожидает.
step-provide-info = Отправить запрошенную информацию
step-provide-info-hint = Ответьте на запрос центра.
step-mark-complete = Отметить материалы как полные
step-mark-complete-hint = Обе стороны получат уведомление, и с этого момента начнётся 90-дневный срок для итогового решения.
step-accept = Принять спор и пригласить продавца
step-accept-hint = Продавец получит письмо, и у него будет 20 рабочих дней на ответ (30, если спор сложный).
step-refuse = Отказать в рассмотрении спора
step-refuse-hint = Выберите основание и изложите причины; их получат обе стороны.
step-join = Участвовать в процедуре
step-join-hint = Дайте первый ответ: изложите факты так, как Вы их видите, и Ваше предложение, если оно есть.
step-decline = Отказаться от участия
step-decline-hint = Дело будет закрыто, а потребителю сообщат Вашу причину.
step-request-mediation = Запросить медиацию сейчас
step-request-mediation-hint = Медиатор поможет вам обоим. Вы по-прежнему можете договориться напрямую.
step-assign-mediator = Назначить медиатора
step-assign-mediator-hint = Прежде чем ознакомиться с материалами, медиатор должен заявить об отсутствии у него конфликта интересов.
step-declare-no-conflict = У меня нет конфликта интересов
step-declare-no-conflict-hint = Заявляю, что я независим от обеих сторон и не заинтересован в исходе дела.
step-decline-assignment = Отказаться от этого дела
step-decline-assignment-hint = Укажите причину; центр назначит другого медиатора.
step-object = Заявить возражение против медиатора
step-object-hint = Центр рассмотрит Ваше возражение и может назначить другого медиатора.
step-decide-objection = Принять решение по возражению
step-decide-objection-hint = Удовлетворите возражение, чтобы отстранить медиатора, или отклоните его. Обе стороны и медиатор получат уведомление.
step-extend = Продлить срок
step-extend-hint = Только один раз, для сложного спора и с указанием причин. Обе стороны получат уведомление.
step-close-not-settled = Закрыть без соглашения
step-close-not-settled-hint = Составьте мотивированное заключение; обе стороны получат его в письменной форме.
step-withdraw = Выйти из процедуры
step-withdraw-hint = Вы можете выйти из процедуры в любой момент. Остальные участники получат уведомление.
step-mark-complex = Отметить как сложный
step-mark-complex-hint = У продавца будет 30 рабочих дней на ответ вместо 20.
step-log-correspondence = Внести письмо или звонок
step-log-correspondence-hint = Зафиксируйте переписку, которая велась не через портал.
step-add-member = Добавить представителя или помощника
step-add-member-hint = Он получит доступ только к этому делу.
step-link-group = Связать с другим делом
step-link-group-hint = Дела из одной группы рассматриваются вместе; у каждого из них остаются свои стороны и свой результат.
field-request = Чего не хватает
field-answer = Ваш ответ
field-first-answer = Ваш первый ответ
hint-first-answer = Факты так, как Вы их видите, и Ваше предложение, если оно есть.
field-reason = Причина
field-ground = Основание для отказа
field-reason-optional = Причина (необязательно)
field-mediator = Медиатор
field-decision = Решение
decision-uphold = Удовлетворить: отстранить медиатора
decision-dismiss = Отклонить: оставить медиатора
field-note = Обоснование
field-days = Количество дней
field-summary = Краткое изложение
field-direction = Направление
field-capacity = Роль
field-relationship = Отношение к стороне
field-other-reference = Номер связанного дела
certificate-title = Справка о процедуре альтернативного урегулирования споров
certificate-intro = Настоящая справка подтверждает даты процедуры альтернативного урегулирования споров { $reference }.
certificate-started = Начало процедуры (материалы представлены полностью)
certificate-not-started = Процедура ещё не начата
certificate-ended = Окончание процедуры
certificate-ongoing = Процедура ещё продолжается
certificate-limitation = В соответствии со статьёй 12 Директивы 2013/11/ЕС сроки исковой давности не истекают, пока идёт процедура.
certificate-issued = Выдано { $at }.

## Списки и входящие
cases-title = Дела
cases-caption = Дела, сначала самые новые
cases-empty = Нет дел для отображения.
filter-state = Статус
filter-mediator = Медиатор
filter-trader = Продавец
filter-days-left = Срок итогового решения — в пределах (дней)
filter-search = Поиск по номеру, именам и описанию
filter-submit = Показать
intake-title = Очередь входящих
intake-intro = Споры, ожидающие решения центра, сначала самые старые. Решение о принятии или отказе должно быть вынесено в течение 21 дня после получения полного комплекта материалов.
intake-caption = Ожидают решения
intake-days = Дней с момента поступления
intake-warning = { $days ->
    [one] На решение остался { $days } день
    [few] На решение осталось { $days } дня
    [many] На решение осталось { $days } дней
   *[other] На решение осталось { $days } дня
}
intake-empty = Нет споров, ожидающих решения.
dashboard-recent-cases = Ваши последние дела
dashboard-all-cases = Все дела

## Компании и праздники
org-contacts-title = Контактные лица по урегулированию споров
org-contacts-intro = Письма по делам получают эти два человека, а не все сотрудники компании.
field-adr-contact = Контактное лицо по урегулированию споров
field-adr-backup = Заместитель
org-contacts-submit = Сохранить контактных лиц
holidays-title = Календари праздников
holidays-intro = При исчислении срока ответа продавца праздничные дни в соответствующей стране не считаются рабочими.
holidays-empty = Праздники пока не внесены.
holidays-add = Добавить праздник

## Общая информация
about-title = { $centre }: кто мы и как мы работаем
about-intro = Мы — центр альтернативного урегулирования споров. Мы помогаем потребителям и продавцам урегулировать споры без обращения в суд — справедливо, быстро и в письменной форме.
about-contact = Контакты
about-mediators = Медиаторы
about-mediators-intro = Споры рассматривают независимые и беспристрастные медиаторы, назначенные центром.
about-scope = Какие споры мы рассматриваем
about-sectors = Споры потребителей с продавцами в следующих отраслях:
about-thresholds-both = Требования на сумму от { $min } до { $max }.
about-threshold-min = Требования на сумму не менее { $min }.
about-threshold-max = Требования на сумму не более { $max }.
about-no-thresholds = Требования на любую сумму.
about-rules = Правила процедуры
about-rule-precondition = Прежде чем подать заявление, Вы должны обратиться к продавцу с жалобой и попытаться урегулировать вопрос с ним.
about-rule-filing-limit = Подайте заявление в течение { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
} после обращения к продавцу.
about-rule-decision = В течение { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
} после получения полного комплекта материалов мы сообщим Вам, принимаем ли мы Ваш спор к рассмотрению, а в случае отказа укажем причины.
about-rule-trader = У продавца есть { $days ->
    [one] { $days } рабочий день
    [few] { $days } рабочих дня
    [many] { $days } рабочих дней
   *[other] { $days } рабочего дня
}, чтобы сообщить, участвует ли он в процедуре.
about-rule-negotiation = Сначала стороны могут в течение { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
} попытаться договориться напрямую; каждая из них может в любой момент попросить о назначении медиатора.
about-rule-outcome = Итоговое решение выносится в течение { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
} после получения полного комплекта материалов; в сложном споре этот срок может быть продлён один раз.
about-grounds = Мы можем отказать в рассмотрении спора только по следующим основаниям
about-download-rules = Скачать правила
about-languages = Языки
about-costs = Стоимость
about-length = Сроки
about-average = В среднем от получения полного комплекта материалов до итогового решения проходит { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} (по данным { $count ->
    [one] { $count } завершённой процедуры
    [few] { $count } завершённых процедур
    [many] { $count } завершённых процедур
   *[other] { $count } завершённой процедуры
}).
about-average-none = Пока ни одна процедура не завершена.
about-effect = Что означает итоговое решение

## Письма по делам
email-case-action-open = Открыть дело
email-case-action-invitation = Настроить учётную запись
email-case-note-intro = Сообщение:
email-case-received-subject = Мы получили Ваше заявление о споре { $reference }
email-case-received-body = Спасибо. Ваше заявление о споре зарегистрировано под номером { $reference }. Центр проверит, все ли материалы представлены, и в течение 21 дня сообщит Вам, может ли он принять спор к рассмотрению. На портале Вы можете следить за ходом дела, а также в любой момент выйти из процедуры.
email-case-consumer-invited-subject = За ходом Вашего спора { $reference } можно следить онлайн
email-case-consumer-invited-body = Центр зарегистрировал Вашу жалобу под номером { $reference } и создал для Вас учётную запись, чтобы Вы могли следить за ходом дела и отвечать онлайн. Чтобы начать, придумайте пароль. Ссылка действует семь дней и может быть использована только один раз.
email-case-info-requested-subject = Требуется информация по Вашему спору { $reference }
email-case-info-requested-body = Чтобы продолжить рассмотрение дела { $reference }, центру нужна от Вас дополнительная информация. Ответьте, пожалуйста, на странице дела.
email-case-info-provided-subject = Новая информация по делу { $reference }
email-case-info-provided-body = Потребитель ответил на запрос информации по делу { $reference }.
email-case-file-complete-subject = Материалы дела { $reference } представлены полностью
email-case-file-complete-body = Все материалы по спору { $reference } представлены. Итоговое решение должно быть вынесено не позднее { $due }.
email-case-accepted-subject = Ваш спор { $reference } принят к рассмотрению
email-case-accepted-body = Центр принял спор { $reference } к рассмотрению и пригласил продавца, который должен до { $due } сообщить, будет ли он участвовать в процедуре.
email-case-trader-invited-subject = Спор с потребителем требует Вашего ответа: { $reference }
email-case-trader-invited-body = Потребитель обратился в центр со спором, касающимся Вашей компании ({ $reference }). Просим Вас до { $due } сообщить на странице дела, участвуете ли Вы в процедуре, и дать первый ответ.
email-case-trader-invited-new-subject = Спор с потребителем требует Вашего ответа: { $reference }
email-case-trader-invited-new-body = Потребитель обратился в наш центр альтернативного урегулирования споров со спором, касающимся Вашей компании ({ $reference }). Настройте учётную запись по этой одноразовой ссылке (она действует семь дней), чтобы ознакомиться с материалами и ответить в течение 20 рабочих дней.
email-case-refused-subject = Спор { $reference } не может быть принят к рассмотрению
email-case-refused-body = Центр не может принять спор { $reference } к рассмотрению. Основание: { $ground }.
email-case-trader-joined-subject = Продавец участвует в процедуре { $reference }
email-case-trader-joined-body = Продавец согласился участвовать в процедуре { $reference } и дал первый ответ.
email-case-trader-declined-subject = Продавец отказался от участия в процедуре { $reference }
email-case-trader-declined-body = Продавец отказался участвовать в процедуре { $reference }, поэтому дело закрыто. Вы по-прежнему можете обратиться в суд или в другой орган.
email-case-deemed-refusal-subject = Продавец не ответил по делу { $reference }
email-case-deemed-refusal-body = Продавец не ответил в установленный срок, что считается отказом от участия. Дело { $reference } закрыто.
email-case-mediation-started-subject = Начинается медиация по делу { $reference }
email-case-mediation-started-body = Дело { $reference } переходит к медиации. Медиатор поможет сторонам найти решение.
email-case-mediator-assigned-subject = Вам назначено дело { $reference }
email-case-mediator-assigned-body = Центр назначил Вам дело { $reference }. Прежде чем ознакомиться с материалами, подтвердите отсутствие конфликта интересов или откажитесь от дела.
email-case-mediator-confirmed-subject = Ваш медиатор по делу { $reference }
email-case-mediator-confirmed-body = Медиатором по делу { $reference } будет { $mediator }; медиатор заявил об отсутствии конфликта интересов. На странице дела Вы можете заявить мотивированное возражение против медиатора.
email-case-mediator-declined-subject = Медиатор отказался от дела { $reference }
email-case-mediator-declined-body = Медиатор, назначенный по делу { $reference }, отказался от него. Назначьте, пожалуйста, другого медиатора.
email-case-objection-subject = Возражение против медиатора по делу { $reference }
email-case-objection-body = Одна из сторон возражает против медиатора по делу { $reference }. Примите, пожалуйста, решение на странице дела.
email-case-objection-upheld-subject = Возражение по делу { $reference } удовлетворено
email-case-objection-upheld-body = Центр удовлетворил возражение против медиатора по делу { $reference }; будет назначен другой медиатор.
email-case-objection-dismissed-subject = Возражение по делу { $reference } отклонено
email-case-objection-dismissed-body = Центр отклонил возражение против медиатора по делу { $reference }; медиатор остаётся прежним.
email-case-extended-subject = Срок по делу { $reference } продлён
email-case-extended-body = Медиатор продлил срок вынесения итогового решения по делу { $reference }, так как спор является сложным. Теперь итоговое решение должно быть вынесено не позднее { $due }.
email-case-not-settled-subject = Дело { $reference } закрыто без соглашения
email-case-not-settled-body = Медиатор закрыл процедуру { $reference } без соглашения. Это письмо является письменной фиксацией результата; Вы по-прежнему можете обратиться в суд.
email-case-withdrawn-subject = Выход из процедуры { $reference }
email-case-withdrawn-body = { $side ->
    [consumer] Потребитель вышел из процедуры { $reference }, и теперь она закрыта.
    [trader] Продавец вышел из процедуры { $reference }, и теперь она закрыта.
    [centre] Центр прекратил процедуру { $reference }, и теперь она закрыта.
   *[other] Участник ({ $side }) вышел из процедуры { $reference }, и теперь она закрыта.
}
email-case-member-invited-subject = Вам предоставлен доступ к делу { $reference }
email-case-member-invited-body = Одна из сторон спора { $reference } добавила Вас в качестве своего представителя или помощника. Настройте учётную запись по этой одноразовой ссылке (она действует семь дней), чтобы следить за ходом дела.
email-case-member-added-subject = Вам предоставлен доступ к делу { $reference }
email-case-member-added-body = Одна из сторон спора { $reference } добавила Вас в качестве своего представителя или помощника. Теперь Вы можете следить за ходом дела на портале.
email-case-trader-reminder-subject = Напоминание: ответ по делу { $reference } нужно дать не позднее { $due }
email-case-trader-reminder-body = Спор с потребителем { $reference } по-прежнему ожидает Вашего ответа. Просим Вас не позднее { $due } сообщить, участвуете ли Вы в процедуре; отсутствие ответа будет считаться отказом от участия, и дело будет закрыто.
email-case-trader-reminder-new-subject = Напоминание: спор с потребителем требует Вашего ответа ({ $reference })
email-case-trader-reminder-new-body = Спор с потребителем { $reference } по-прежнему ожидает Вашего ответа, а Ваша учётная запись ещё не настроена. Вот новая одноразовая ссылка (она действует семь дней); прежняя ссылка больше не действует.
email-case-intake-reminder-subject = Приближается срок решения о принятии спора { $reference }
email-case-intake-reminder-body = Спор { $reference } поступил более 16 дней назад и до сих пор ожидает решения о принятии к рассмотрению, которое должно быть вынесено в течение 21 дня после получения.
email-case-outcome-reminder-subject = Срок итогового решения по делу { $reference }: { $due }
email-case-outcome-reminder-body = Итоговое решение по процедуре { $reference } должно быть вынесено не позднее { $due }. Пожалуйста, завершите рассмотрение дела или, если спор является сложным, однократно продлите срок.
intake-near-due = Дела, срок результата по которым истекает в течение 14 дней или уже истёк

## Notification preferences and the daily digest
settings-notifications-title = Уведомления по электронной почте
settings-notifications-intro = Выберите для каждого вида уведомлений, получать ли письмо сразу или одну сводку в день. Уведомления, которые требуются по закону (подтверждение получения, решение центра, ответ продавца, продление сроков и итоговые решения), а также нужные Вам ссылки всегда приходят сразу.
notify-category-case-updates = Новости по Вашим делам
notify-category-reminders = Напоминания о сроках
notify-mode-immediate = Сразу
notify-mode-digest = В ежедневной сводке
settings-notifications-submit = Сохранить настройки уведомлений
notice-notifications-saved = Настройки уведомлений сохранены.
email-digest-subject = Ваша ежедневная сводка от Concilia
email-digest-intro = Вот что произошло по Вашим делам с момента предыдущей сводки:
email-digest-settings = Изменить способ получения уведомлений

## The shared case file: messages and documents
case-messages = Сообщения
case-messages-empty = Сообщений пока нет.
case-documents = Документы
case-documents-empty = Документов пока нет.
audience-everyone = Все участники дела
audience-caucus-consumer = Конфиденциально: сторона потребителя и медиатор
audience-caucus-trader = Конфиденциально: сторона продавца и медиатор
message-new = новое
field-audience = Кто видит
field-message = Ваше сообщение
hint-message = Отправленное сообщение нельзя изменить или удалить; чтобы исправить его, отправьте новое. Ссылки в тексте становятся активными.
message-submit = Отправить сообщение
field-document-title = Название
hint-document-title = Оставьте поле пустым, чтобы использовать имя файла.
field-document-description = Описание (необязательно)
field-files = Файлы
hint-files = PDF, изображения (PNG, JPEG, WebP, HEIC), текст, CSV, Word, Excel, текстовые документы OpenDocument, электронные письма (EML), MP3, M4A или MP4; каждый файл не более { $mb } МБ. Можно выбрать несколько файлов.
upload-submit = Загрузить
document-uploaded-by = Кем добавлен
document-size-bytes = { $size } байт
error-message-too-long = Сообщение может содержать не более 20 000 символов.
error-file-too-large = Размер этого файла превышает допустимый.
error-case-files-full = В этом деле больше нет места для новых документов. Обратитесь в центр.
error-file-empty = Этот файл пуст.
error-file-type-mismatch = Содержимое файла не соответствует его имени. Проверьте, тот ли файл Вы выбрали.
error-file-type = Файлы такого типа не принимаются. Отправьте PDF, изображение, текст, офисный документ, электронное письмо, аудио- или видеозапись.
error-file-required = Выберите хотя бы один файл.
notice-message-sent = Ваше сообщение отправлено.
notice-documents-added = Документы добавлены в материалы дела.
notify-category-messages = Новые сообщения и документы
email-case-message-subject = Новое сообщение по делу { $reference }
email-case-message-body = По делу { $reference } Вас ждёт новое сообщение. В целях конфиденциальности оно показывается только на портале. Вы можете высказаться по нему на портале в течение { $days } дней.
email-case-document-subject = Новый документ по делу { $reference }
email-case-document-body = В материалы дела { $reference } добавлен новый документ. Вы можете ознакомиться с ним на портале. Вы можете высказаться по нему на портале в течение { $days } дней.

# The case file: previews, redaction, comment windows, upload progress
upload-drop = Перетащите файлы сюда или нажмите, чтобы выбрать их
upload-waiting = Ожидает
upload-uploading = Загружается…
upload-done = Загружен
upload-failed = Не удалось загрузить. Попробуйте ещё раз.
document-preview = Просмотр
document-preview-hint = Если браузер не показывает документ здесь, скачайте его.
document-back-to-case = Назад к делу
document-download = Скачать
document-redacted = Отредактировано ({ $name }, { $date }):
document-redact = Отредактировать
document-redact-hint = Заменяет содержимое документа, например чтобы удалить персональные данные третьего лица. Загрузите отредактированную копию или не выбирайте файл — тогда содержимое заменится пометкой. Сохраняется запись о том, кто, когда и почему внёс изменения.
field-redacted-copy = Отредактированная копия (необязательно)
document-redacted-note = Центр удалил содержимое этого документа { $date }. Причина: { $reason }
comment-window = До { $date } { $side } может высказаться по последним материалам другой стороны (ст. 9(1)(a) Директивы 2013/11/ЕС).
notice-document-redacted = Документ отредактирован.
event-document-redacted = Документ отредактирован
email-case-document-redacted-subject = Документ по делу { $reference } отредактирован
email-case-document-redacted-body = Центр отредактировал документ по делу { $reference }. Запись об этом доступна на портале.

# Hearings
case-hearings = Слушания
case-hearings-empty = Слушания не назначены.
hearing-booked-in = { $local } (часовой пояс { $zone })
hearing-cancelled = Отменено
hearing-minutes = Протокол
hearing-private-notes = Ваши личные заметки
hearing-answer = Ответить на приглашение
field-hearing-answer = Ваш ответ
hearing-answer-attend = Я приму участие
hearing-answer-another-time = Прошу назначить другое время
hearing-reschedule = Перенести слушание
hearing-cancel = Отменить слушание
hearing-record-minutes = Внести протокол
field-hearing-minutes = Протокол для сторон
hint-hearing-minutes = Обе стороны смогут его прочитать.
field-hearing-private-notes = Личные заметки
hint-hearing-private-notes = Их видите только Вы.
hearing-schedule = Назначить слушание
field-time = Время
field-hearing-time-zone = Часовой пояс
hint-time-zone = Часовой пояс, например Europe/Sofia. Приглашение показывает время в собственном календаре каждого участника.
field-duration-minutes = Продолжительность в минутах
field-hearing-form = Формат
hearing-form-video = Видеозвонок
hearing-form-phone = Телефон
hearing-form-in-person = Очно
field-hearing-place = Ссылка, номер телефона или адрес
hint-hearing-place = Для видеозвонка — ссылка https://, для слушания по телефону — номер, для очного слушания — адрес.
hearings-calendar-title = Мои слушания
hearings-calendar-week = Неделя с { $from } по { $to }
hearings-calendar-weeks = Недели
hearings-calendar-previous = Предыдущая неделя
hearings-calendar-this-week = Текущая неделя
hearings-calendar-next = Следующая неделя
hearings-calendar-empty = На этой неделе слушаний нет.
hearing-when = Когда
hearing-case = Дело
nav-hearings = Слушания
error-time-invalid = Введите время, например 14:30.
error-hearing-time-zone = Введите существующий часовой пояс, например Europe/Sofia.
error-duration = Введите продолжительность от 15 до 480 минут.
error-video-link = Введите ссылку на видеозвонок, начинающуюся с https://.
error-phone = Введите номер телефона длиной от 6 до 20 цифр.
error-time-ambiguous = В это время в этом часовом поясе происходит перевод часов; выберите время на час раньше или позже.
error-hearing-in-past = Слушание можно назначить только на будущее время.
error-hearing-overlaps = На это время у Вас уже назначено слушание.
error-hearing-not-held = Протокол можно внести после начала слушания.
event-schedule-hearing = Назначено слушание
event-reschedule-hearing = Слушание перенесено
event-cancel-hearing = Слушание отменено
event-answer-hearing = Ответ на приглашение на слушание
event-record-minutes = Внесён протокол слушания
email-case-hearing-scheduled-subject = Слушание по делу { $reference }: { $date }
email-case-hearing-scheduled-body = Медиатор назначил слушание по делу { $reference } на { $date }. Приглашение для Вашего календаря во вложении; пожалуйста, сообщите нам на портале, примете ли Вы участие.
email-case-hearing-rescheduled-subject = Слушание по делу { $reference } перенесено: { $date }
email-case-hearing-rescheduled-body = Слушание по делу { $reference } перенесено на { $date }. Приглашение во вложении обновит Ваш календарь; пожалуйста, сообщите нам на портале, примете ли Вы участие.
email-case-hearing-cancelled-subject = Слушание по делу { $reference } отменено
email-case-hearing-cancelled-body = Слушание по делу { $reference }, назначенное на { $date }, отменено. Вложение удалит его из Вашего календаря.
email-case-hearing-answered-subject = Ответ на приглашение на слушание по делу { $reference }
email-case-hearing-answered-body = Одна из сторон ответила на приглашение на слушание по делу { $reference }.
email-case-hearing-minutes-subject = Протокол слушания по делу { $reference }
email-case-hearing-minutes-body = Медиатор внёс протокол слушания по делу { $reference }. Вы можете ознакомиться с ним на портале.
email-case-hearing-reminder-subject = Напоминание: слушание по делу { $reference } { $date }
email-case-hearing-reminder-body = Напоминаем о слушании по делу { $reference }, которое состоится { $date }.

## Settlement: proposals, the mediator's solution, blind offers, the agreement, obligations
state-closed = Закрыто
nav-obligations = Просроченные обязательства
case-settlement = Урегулирование спора
proposals-title = Предложения
proposals-empty = Предложений пока нет.
proposal-number = Предложение { $count }
proposal-by-consumer = предложено потребителем
proposal-by-trader = предложено продавцом
proposal-by-mediator = решение, предложенное медиатором
proposal-by-blind = сумма, на которой сошлись закрытые предложения
proposal-status-open = ожидает ответа
proposal-status-withdrawn = отозвано
proposal-status-countered = получено встречное предложение
proposal-status-rejected = отклонено
proposal-status-accepted = принято всеми сторонами
proposal-answer-accepted = принято
proposal-answer-rejected = отклонено
proposal-revised = изменено (версия { $count }) { $date }
proposal-counters = встречное к предложению { $count }
proposal-waived-reflection = с отказом от срока на размышление
proposal-item = Пункт { $count }
proposal-new = Внести предложение
proposal-answer = Ответить на это предложение
proposal-accept = Принять
proposal-reject = Отклонить
proposal-revise = Изменить это предложение
proposal-withdraw = Отозвать это предложение
field-item-kind = Вид
hint-item-kind = Если пункт не нужен, оставьте поле «Вид» пустым.
field-item-side = Обязанная сторона
field-item-action = Действие
hint-item-action = Для действия: что должно быть сделано.
field-item-amount = Сумма
hint-item-amount = Для платежа: сумма, например 149.90.
field-item-currency = Валюта
field-item-due-on = Срок исполнения
field-item-description = Подробности
field-proposal-note = Другие условия своими словами
field-counters = В ответ на
hint-counters = Выберите предложение, на которое Вы вносите встречное, или оставьте поле пустым, если это новое предложение.
field-proposal-answer = Ваш ответ
field-reason-if-rejecting = Причина (обязательно при отклонении)
settlement-kind-payment = Платёж
settlement-kind-action = Действие
settlement-action-repair = Ремонт
settlement-action-replacement = Замена
settlement-action-return = Возврат товара
settlement-action-refund = Возврат денег
settlement-action-apology = Извинение
settlement-action-other = Другое действие
settlement-term-payment = Платит { $side }: { $what }, не позднее { $due }.
settlement-term-action = Выполняет { $side }: { $what }, не позднее { $due }.
solution-new = Предложить решение
solution-intro = Предлагаемое Вами решение не является обязательным. Оно может основываться только на том, что видели обе стороны: можно ссылаться на сообщения и документы, доступные всем участникам, но никогда — на конфиденциальные.
solution-non-binding = Это предложенное решение не является обязательным: каждая сторона вправе принять или отклонить его.
solution-reflection-until = Его можно принять начиная с { $date }, если Вы не откажетесь от срока на размышление.
solution-read-and-accept = Узнать, что означает принятие, и принять
field-cites = На чём основано решение
hint-cites = Отметьте общие сообщения и документы, на которых основано решение.
cites-empty = Пока ничего не было предоставлено всем участникам.
solution-page-title = Принятие решения, предложенного медиатором
solution-terms = Предложенное решение
solution-before-you-accept = Прежде чем принять решение
solution-info-optional = Вы не обязаны принимать это решение. Вы можете отклонить его или просто не отвечать.
solution-info-court = Участие в этой процедуре не лишает Вас права обратиться в суд — сейчас или позже, если Вы не примете решение.
solution-info-differ = Предложенное решение может отличаться от решения, которое вынес бы суд, применяющий нормы права.
solution-info-effect = Если обе стороны примут решение, оно станет обязательным для Вас соглашением об урегулировании спора: Вы должны будете выполнить то, что в нём предусмотрено, в указанные в нём сроки, а центр будет следить за его исполнением.
field-solution-informed = Эта информация мной прочитана и понятна.
field-solution-waive = Я не хочу ждать окончания срока на размышление.
solution-accept = Принять предложенное решение
solution-no-longer-open = Это предложенное решение больше нельзя принять.
blind-title = Закрытые предложения
blind-intro-consumer = Конфиденциально укажите минимальную сумму, которую Вы готовы принять. Продавец указывает максимальную сумму, которую он готов заплатить. Если суммы сойдутся или почти сойдутся, денежная часть спора будет урегулирована по сумме посередине между ними; если нет, ни одна из сторон не узнает сумму другой.
blind-intro-trader = Конфиденциально укажите максимальную сумму, которую Вы готовы заплатить. Потребитель указывает минимальную сумму, которую он готов принять. Если суммы сойдутся или почти сойдутся, денежная часть спора будет урегулирована по сумме посередине между ними; если нет, ни одна из сторон не узнает сумму другой.
blind-met-at = Закрытые предложения сошлись на сумме { $amount }. Предложение с этим платежом ожидает принятия обеими сторонами.
blind-round = Раунд { $count } из { $rounds }.
blind-missed-rounds = { $count ->
    [one] { $count } раунд завершился без совпадения сумм.
    [few] { $count } раунда завершились без совпадения сумм.
    [many] { $count } раундов завершились без совпадения сумм.
   *[other] { $count } раунда завершились без совпадения сумм.
}
blind-your-figure = Ваша сумма в этом раунде: { $amount }.
blind-other-entered = Другая сторона уже указала свою сумму в этом раунде.
blind-waiting = Другая сторона ещё не указала свою сумму.
field-blind-amount-consumer = Минимальная сумма, которую Вы готовы принять ({ $currency })
field-blind-amount-trader = Максимальная сумма, которую Вы готовы заплатить ({ $currency })
hint-blind-amount = Эту сумму видите только Вы.
blind-enter = Указать мою сумму
blind-no-rounds-left = Все раунды закрытых предложений использованы.
agreement-title = Соглашение об урегулировании спора
agreement-recorded = Зафиксировано { $date }. Изменить его нельзя.
agreement-print = Соглашение для печати
agreement-download-text = Соглашение в виде текста (для проверки SHA-256)
agreement-centre = Центр урегулирования споров
agreement-case = Дело
agreement-consumer = Потребитель
agreement-trader = Продавец
agreement-mediator = Медиатор
agreement-proposal = Предложение
agreement-version = версия
agreement-date = Дата согласования
agreement-terms = Условия:
agreement-note = Дополнительные условия:
agreement-acceptances = Приняли:
agreement-hash-explained = Указанный выше SHA-256 вычислен по тексту соглашения точно в том виде, в каком он напечатан здесь, как по обычному текстовому файлу в кодировке UTF-8; текст, скачанный с портала, позволяет любому проверить это значение.
agreement-hash-mismatch = Сохранённый текст не соответствует своему SHA-256: обратитесь в центр.
obligations-title = Обязательства
obligation-status-due = подлежит исполнению
obligation-status-done = исполнено, ожидает подтверждения
obligation-status-confirmed = подтверждено
obligation-status-reported = заявлено о неисполнении
obligation-status-not-honoured = не исполнено
obligation-outcome-honoured = исполнено в срок
obligation-outcome-late = исполнено с опозданием
obligation-outcome-not-honoured = не исполнено
obligation-overdue = просрочено
obligation-done-at = Отмечено как исполненное { $date }
obligation-evidence = доказательство
obligation-reported-because = Заявлено о неисполнении:
obligation-mark-done = Отметить как исполненное
field-obligation-note = Примечание (необязательно)
field-obligation-document = Доказательство (необязательно)
hint-obligation-document = Документ, уже доступный всем участникам дела, например квитанция об оплате.
obligation-confirm = Да, исполнено
obligation-report = Нет, не исполнено
field-reason-if-not-honoured = Причина (обязательно при заявлении о неисполнении)
obligation-judge = Принять решение по этому обязательству
field-obligation-decision = Решение
obligation-judged-honoured = Всё же исполнено
event-propose = Внесено предложение
event-withdraw-proposal = Предложение отозвано
event-answer-proposal = Дан ответ на предложение
event-blind-offer = Указана сумма закрытого предложения
event-settle = Спор урегулирован: соглашение зафиксировано
event-mark-done = Обязательство отмечено как исполненное
event-answer-obligation = Исполнение обязательства подтверждено или заявлено о неисполнении
event-judge-obligation = Центр принял решение по обязательству
event-close-compliance = Закрыто: все обязательства урегулированы
overdue-title = Просроченные обязательства
overdue-caption = Обязательства по соглашениям об урегулировании, срок исполнения которых истёк, сначала самые старые
overdue-case = Дело
overdue-obligation = Обязательство
overdue-due = Срок
overdue-days-late = Дней просрочки
overdue-status = Статус
overdue-empty = Просроченных обязательств нет.
non-compliance-title = Продавцы, не исполнившие соглашение
non-compliance-intro = Эти продавцы не исполнили соглашение об урегулировании спора, достигнутое в центре за последние 12 месяцев. Продавец исключается из списка, как только исполнит обязательство, или по истечении 12 месяцев.
non-compliance-caption = Продавцы и количество неисполненных обязательств
non-compliance-count = Неисполненные обязательства
non-compliance-empty = В списке нет ни одного продавца.
error-amount-zero = Сумма должна быть больше нуля.
error-due-in-past = Срок исполнения не может быть раньше сегодняшнего дня.
error-proposal-no-items = Добавьте хотя бы один пункт: платёж или действие.
error-proposal-withdrawn = Это предложение отозвано.
error-proposal-countered = На это предложение уже дан ответ встречным предложением; ответьте на встречное предложение.
error-proposal-rejected = Это предложение отклонено.
error-proposal-accepted = Это предложение уже принято.
error-proposal-changed = Это предложение изменилось после того, как Вы его открыли. Ознакомьтесь с новой версией и ответьте ещё раз.
error-already-accepted = Ваша сторона уже приняла эту версию.
error-must-confirm-information = Подтвердите, что Вы ознакомились с приведённой выше информацией.
error-reflection-period = Срок на размышление ещё не истёк. Отметьте поле, чтобы отказаться от него, или вернитесь позже.
error-cites-not-shared = Предложенное решение может ссылаться только на сообщения и документы, которые видели обе стороны.
error-comment-window-open = Сторона ещё может высказаться по материалам, представленным другой стороной. Предложите решение после окончания срока для замечаний.
error-blind-met = Закрытые предложения уже сошлись.
error-blind-no-rounds = Все раунды закрытых предложений использованы.
error-blind-entered = Вы уже указали свою сумму в этом раунде.
error-obligation-not-due = Это обязательство не ожидает исполнения.
error-obligation-settled = Это обязательство уже урегулировано.
error-obligation-not-yet-due = Заявить о неисполнении можно после истечения срока исполнения или после того, как обязательство отмечено как исполненное.
error-obligation-not-marked-done = Подтвердить можно после того, как другая сторона отметит обязательство как исполненное. Если оно исполнено без такой отметки, сообщите об этом: решение примет центр.
error-obligation-not-decidable = Это решение не соответствует текущему состоянию обязательства.
email-case-proposal-subject = Новое предложение об урегулировании по делу { $reference }
email-case-proposal-body = Другая сторона внесла предложение об урегулировании спора по делу { $reference }. На портале Вы можете принять его, отклонить или внести встречное предложение.
email-case-solution-proposed-subject = Медиатор предлагает решение по делу { $reference }
email-case-solution-proposed-body = Медиатор предложил решение по делу { $reference }. Оно не является обязательным: ознакомьтесь на портале с ним и с тем, что означает его принятие.
email-case-proposal-revised-subject = Предложение по делу { $reference } изменено
email-case-proposal-revised-body = Предложение об урегулировании по делу { $reference } было изменено. Ранее данные согласия не распространяются на новую версию.
email-case-proposal-withdrawn-subject = Предложение по делу { $reference } отозвано
email-case-proposal-withdrawn-body = Предложение об урегулировании по делу { $reference } отозвано.
email-case-proposal-accepted-subject = Предложение по делу { $reference } принято
email-case-proposal-accepted-body = Одна из сторон приняла предложение об урегулировании по делу { $reference }.
email-case-proposal-rejected-subject = Предложение по делу { $reference } отклонено
email-case-proposal-rejected-body = Одна из сторон отклонила предложение об урегулировании по делу { $reference }. Причина указана на портале.
email-case-blind-offer-subject = Закрытое предложение по делу { $reference } ждёт Вашего
email-case-blind-offer-body = Другая сторона указала свою конфиденциальную сумму по делу { $reference }. Укажите свою, чтобы узнать, сошлись ли суммы.
email-case-blind-met-subject = Закрытые предложения по делу { $reference } сошлись
email-case-blind-met-body = Конфиденциальные суммы по делу { $reference } сошлись: денежная часть спора урегулируется на сумме { $amount }. Примите предложение на портале, чтобы зафиксировать соглашение.
email-case-blind-missed-subject = Закрытые предложения по делу { $reference } не сошлись
email-case-blind-missed-body = Конфиденциальные суммы по делу { $reference } не сошлись. Ни одна из сторон не узнаёт сумму другой. { $count ->
    [0] Раундов больше не осталось.
    [one] Остался { $count } раунд.
    [few] Осталось { $count } раунда.
    [many] Осталось { $count } раундов.
   *[other] Осталось { $count } раунда.
}
email-case-settled-subject = Соглашение об урегулировании спора по делу { $reference }
email-case-settled-body = Обе стороны приняли одно и то же предложение: спор по делу { $reference } урегулирован. Соглашение приложено; его SHA-256: { $sha256 }.
email-case-obligation-done-subject = Обязательство по делу { $reference } отмечено как исполненное
email-case-obligation-done-body = Другая сторона сообщает, что выполнила то, что предусмотрено соглашением по делу { $reference }. Подтвердите это на портале или заявите, что обязательство не исполнено.
email-case-obligation-confirmed-subject = Исполнение обязательства по делу { $reference } подтверждено
email-case-obligation-confirmed-body = Другая сторона подтвердила, что обязательство из соглашения по делу { $reference } исполнено.
email-case-obligation-reported-subject = Заявлено о неисполнении обязательства по делу { $reference }
email-case-obligation-reported-body = Поступило заявление о том, что обязательство из соглашения по делу { $reference } не исполнено. Центр рассмотрит этот вопрос.
email-case-obligation-decided-subject = Центр принял решение по обязательству по делу { $reference }
email-case-obligation-decided-body = Центр решил, было ли исполнено обязательство из соглашения по делу { $reference }. Решение доступно на портале.
email-case-obligation-due-soon-subject = Срок исполнения обязательства — { $due } ({ $reference })
email-case-obligation-due-soon-body = Обязательство из соглашения по делу { $reference } должно быть исполнено не позднее { $due }. После исполнения отметьте его на портале как исполненное.
email-case-obligation-overdue-subject = Просрочено обязательство по делу { $reference }
email-case-obligation-overdue-body = Обязательство из соглашения по делу { $reference } нужно было исполнить не позднее { $due }, но его исполнение не подтверждено.
email-case-compliance-closed-subject = Дело { $reference } закрыто
email-case-compliance-closed-body = Все обязательства из соглашения по делу { $reference } урегулированы, и дело закрыто.

## Отчёты (Art. 7(2) и 19(3) Директивы 2013/11/EU), журнал обучения, показатели продавца, оперативная сводка
nav-reports = Отчёты
notice-report-texts-saved = Тексты центра для этого отчёта сохранены.
notice-training-added = Курс добавлен в Ваш журнал обучения.
report-kind-annual = Годовой отчёт о деятельности
report-kind-biennial = Отчёт для органа раз в два года
report-title-annual = Годовой отчёт о деятельности
report-title-biennial = Отчёт для компетентного органа раз в два года
report-field-kind = Отчёт
report-field-from = С
report-field-to = По
report-show = Показать отчёт
report-period = Период: с { $from } по { $to } (дни считаются по UTC).
report-compared = В сравнении с периодом с { $from } по { $to }.
report-downloads = Скачать те же данные:
report-scope-note = Внутренние споры — это споры, в которых потребитель проживает в стране, где учреждён продавец; все остальные споры являются трансграничными. Каждый показатель приводится для обеих категорий, а также для всех споров вместе.
report-scope-domestic = Внутренние
report-scope-cross-border = Трансграничные
report-scope-all = Все
report-measure-count = Количество
report-measure-percent = %
report-measure-previous = Предыдущий период
report-measure-change = Изменение
report-measure-mean-days = Среднее (в днях)
report-measure-median-days = Медиана (в днях)
report-measure-p90-days = 90-й процентиль (в днях)
report-none = В этом периоде нет.
report-total-received = Поступившие споры
report-total-refused = Споры, в рассмотрении которых отказано
report-total-resolved = Процедуры, завершённые с результатом
report-total-solutions-accepted = Предложенные решения, принятые обеими сторонами
report-total-ended = Завершённые процедуры
report-total-obligations = Урегулированные обязательства продавца
report-total-discontinued = Прекращены до получения результата
report-total-complied = Исполнены (в срок или с опозданием)
report-a-title = (a) Поступившие споры и виды жалоб
report-a-sectors = Поступившие споры по отраслям
report-a-problems = Поступившие споры по видам проблем
report-b-title = (b) Систематические или значительные проблемы
report-b-intro = Продавцы, отрасли и виды проблем с наибольшим числом поступивших споров в сравнении с предыдущим периодом.
report-b-traders = Продавцы с наибольшим числом споров
report-b-sectors = Отрасли с наибольшим числом споров
report-b-problems = Виды проблем с наибольшим числом споров
report-recommendations = Рекомендации центра о том, как избежать этих проблем или решить их
report-text-empty = Центр ещё не подготовил этот текст для данного периода.
report-c-title = (c) Споры, в рассмотрении которых отказано
report-c-grounds = Отказы по основаниям (Art. 5(4))
report-d-title = (d) Результаты
report-d-intro = Процедуры, завершившиеся результатом в этом периоде: спор урегулирован сторонами мирным путём или процедура завершилась решением, предложенным медиатором; такие решения учитываются по тому, в чью пользу они вынесены (независимо от того, приняли ли их стороны).
report-d-outcomes = Результаты завершённых процедур
report-outcome-amicable = Урегулировано сторонами мирным путём
report-outcome-consumer = Решение в пользу потребителя
report-outcome-partly = Решение частично в пользу потребителя
report-outcome-trader = Решение в пользу продавца
report-outcome-no-solution = Не урегулировано, решение не предложено
report-e-title = (e) Прекращённые процедуры
report-e-discontinued = Доля процедур, прекращённых до получения результата
report-e-endings = Как завершились процедуры
report-ending-settled = Урегулировано
report-ending-not-settled = Закрыто без соглашения
report-ending-withdrawn-consumer = Потребитель вышел из процедуры
report-ending-withdrawn-trader = Продавец вышел из процедуры
report-ending-trader-declined = Продавец отказался от участия
report-ending-deemed-refusal = Молчаливый отказ (продавец не ответил)
report-f-title = (f) Сроки разрешения споров
report-f-intro = Для процедур, завершившихся результатом в этом периоде: время, отсчитываемое со дня поступления спора и со дня, когда все материалы были представлены, а также время, за которое продавец ответил на приглашение центра.
report-duration-from-receipt = От поступления до результата
report-duration-from-complete = От полного комплекта материалов до результата
report-duration-trader-response = От приглашения до ответа продавца
report-g-title = (g) Исполнение результатов
report-g-intro = Обязательства продавца по соглашениям, судьба которых определилась в этом периоде.
report-g-complied = Уровень исполнения
report-g-compliance = Обязательства по характеру исполнения
report-compliance-honoured = Исполнено в срок
report-compliance-late = Исполнено с опозданием
report-compliance-not-honoured = Не исполнено
report-h-title = (h) Сотрудничество в рамках сетей органов альтернативного урегулирования споров, содействующих разрешению трансграничных споров
report-training-title = Обучение медиаторов и сотрудников
report-training-total = Всего часов
report-training-empty = За этот период обучение не зарегистрировано.
report-assessment = Оценка центром эффективности своей работы и возможностей её повышения
report-texts-title = Тексты центра
report-texts-intro = Эти тексты хранятся вместе с отчётом за этот период. Отделяйте абзацы пустой строкой.
report-texts-save = Сохранить тексты
error-report-period-order = Дата окончания не может быть раньше даты начала.
error-report-period-long = Отчёт может охватывать не более десяти лет.
training-title = Журнал обучения
training-intro = Записывайте пройденные курсы. Они перечисляются в отчёте для органа, который составляется раз в два года.
training-empty = Курсов пока нет.
training-add = Добавить курс
training-field-person = Слушатель
training-field-title = Курс
training-field-provider = Организатор
training-field-started-on = Первый день
training-field-ended-on = Последний день
training-field-hours = Часы
training-hours-hint = Например, 7,5
error-training-end-before-start = Последний день не может быть раньше первого.
error-training-in-future = Записывайте курс только после его окончания.
error-training-hours = Укажите количество часов: больше 0 и не более одного знака после запятой, например 7,5.
figures-title = Наши показатели по спорам
figures-intro = Споры с Вашей компанией, рассмотренные центром в этом периоде, отдельно внутренние и трансграничные.
figures-disputes = Споры
figures-response = Сроки ответа
figures-outcomes = Результаты
live-title = Центр сегодня
live-failed-mail = Недоставленные письма: { $count }
live-by-state = Открытые дела по статусу
live-intake = Решения о принятии, срок которых истекает в течение пяти дней или уже истёк (3 недели)
live-trader = Ответы продавцов, срок которых истекает в течение пяти дней или уже истёк
live-outcome = Итоговые решения, срок которых истекает в течение 14 дней или уже истёк (90 дней)
live-due-on = Срок
live-workload = Загрузка медиаторов
live-mediator = Медиатор
live-open-cases = Открытые дела
live-in-mediation = На стадии медиации

# issue 16: input at the edge
error-amount-decimals = В сумме больше знаков после запятой, чем допускает валюта (два для EUR, ни одного для JPY).
error-date-too-old = Эта дата более чем десятилетней давности.
error-date-too-far = Эта дата слишком далеко в будущем: не более двух лет от сегодняшнего дня.
error-date-report-range = Введите дату с 1 января 2000 года до конца следующего года.
error-date-calendar-range = Введите дату с 2000 года и не более чем на десять лет вперёд.
# issue 16: one role per case, sign-up and sign-in
error-member-other-side = Этот адрес принадлежит учётной записи, которая не может действовать за эту сторону дела.
signin-throttled-other-way = Если это Ваша учётная запись, ждать не обязательно: мы можем прислать Вам по электронной почте ссылку для выбора нового пароля, и после этого Вы сразу сможете войти.
signin-throttled-reset-link = Прислать мне ссылку для выбора нового пароля
email-signup-existing-subject = Кто-то пытался создать учётную запись с Вашим адресом
email-signup-existing-body = Кто-то пытался создать новую учётную запись в Concilia с этим адресом электронной почты. Для этого адреса учётная запись уже есть, поэтому вторая не создана и в Вашей ничего не изменилось.
email-signup-existing-signin = Войти в мою учётную запись
email-signup-existing-reset = Забыли пароль? Выберите новый здесь
email-signup-existing-ignore = Если это были не Вы, не обращайте внимания на это письмо: без Вашего пароля никто не сможет воспользоваться Вашей учётной записью.
# issue 16: bodies, uploads, form keys, database down
error-page-body-timeout = Отправляемые данные перестали поступать, поэтому ничего из них не сохранено. Проверьте соединение и отправьте ещё раз.
error-page-too-many-uploads = У вас уже идёт несколько загрузок. Дождитесь их завершения и попробуйте снова.
error-page-form-pending = Эта форма уже отправлена и ещё обрабатывается. Подождите немного и обновите страницу, чтобы увидеть результат.
error-too-many-files = Слишком много файлов в одной загрузке. Ничего не сохранено: отправьте их небольшими частями.
error-case-documents-full = В этом деле уже максимально допустимое число документов. Ничего не сохранено. Обратитесь в центр.

# issue 17: coded values
case-role-consumer = Потребитель
case-role-trader = Продавец
case-role-mediator-pending = Медиатор (ожидается заявление об отсутствии конфликта интересов)
case-role-mediator = Медиатор
case-role-staff = Сотрудник центра
case-role-system = Портал (автоматически)
favours-consumer = в пользу потребителя
favours-partly = частично в пользу каждой стороны
favours-trader = в пользу продавца
hearing-status-scheduled = назначено
hearing-status-cancelled = отменено

## The case workspace
case-sections = Разделы дела
case-tab-overview = Обзор
case-tab-messages = Сообщения
case-tab-documents = Документы
case-tab-hearings = Заседания
case-tab-settlement = Урегулирование
case-tab-history = История
case-tab-new = { $count ->
    [one] { $count } новое
    [few] { $count } новых
    [many] { $count } новых
   *[other] { $count } новых
}
document-file = Файл
next-title = Что дальше
next-due = { $days ->
    [one] Срок — { $date }: остался { $days } день
    [few] Срок — { $date }: осталось { $days } дня
    [many] Срок — { $date }: осталось { $days } дней
   *[other] Срок — { $date }: осталось { $days } дня
}
next-due-today = Срок истекает сегодня, { $date }
next-due-overdue = { $days ->
    [one] Срок был { $date }: просрочено на { $days } день
    [few] Срок был { $date }: просрочено на { $days } дня
    [many] Срок был { $date }: просрочено на { $days } дней
   *[other] Срок был { $date }: просрочено на { $days } дня
}
next-who-mediator = Медиатор
next-who-parties = Обе стороны
next-other-steps = Другие действия, доступные вам
next-task-check-file = { $yours ->
    [yes] Проверьте, полон ли пакет документов, или запросите у потребителя недостающее.
   *[other] { $who } проверяет, полон ли пакет документов.
}
next-task-provide-info = { $yours ->
    [yes] Отправьте центру запрошенные сведения.
   *[other] { $who }: нужно отправить сведения, запрошенные центром.
}
next-task-decide = { $yours ->
    [yes] Примите дело или откажите с указанием причин.
   *[other] { $who } решает, принять ли дело.
}
next-task-trader-answer = { $yours ->
    [yes] Ответьте на спор: участвуйте в процедуре или откажитесь.
   *[other] { $who }: нужно ответить — участвовать в процедуре или отказаться.
}
next-task-negotiate = { $yours ->
    [yes] Попробуйте договориться с другой стороной напрямую: сделайте предложение или попросите медиатора.
   *[other] Стороны пытаются договориться напрямую.
}
next-task-decide-objection = { $yours ->
    [yes] Рассмотрите возражение против медиатора.
   *[other] { $who } рассматривает возражение против медиатора.
}
next-task-assign-mediator = { $yours ->
    [yes] Назначьте медиатора по делу.
   *[other] { $who } назначает медиатора.
}
next-task-declare = { $yours ->
    [yes] Заявите об отсутствии конфликта интересов со сторонами или откажитесь от дела.
   *[other] { $who }: нужно заявить об отсутствии конфликта интересов со сторонами.
}
next-task-answer-proposal = { $yours ->
    [yes] Ответьте на предложение: примите или отклоните его.
   *[other] { $who }: ожидается ответ на предложение.
}
next-task-mediate = { $yours ->
    [yes] Ведите медиацию: проведите заседание или предложите решение.
   *[other] { $who } ведёт медиацию к результату.
}
next-task-honour = { $yours ->
    [yes] Выполните то, что предусмотрено соглашением, и отметьте это.
   *[other] { $who }: нужно выполнить то, что предусмотрено соглашением.
}
next-task-confirm = { $yours ->
    [yes] Подтвердите, что предусмотренное соглашением выполнено, или сообщите, что нет.
   *[other] { $who }: нужно подтвердить, что предусмотренное соглашением выполнено.
}
next-task-judge-obligation = { $yours ->
    [yes] Решите, исполнено ли соглашение.
   *[other] { $who } решает, исполнено ли соглашение.
}
next-task-ended = Дело завершено: ни от кого больше ничего не требуется.
next-action-propose = Сделать предложение
next-action-answer-proposal = Ответить на предложение
next-action-schedule-hearing = Назначить заседание
next-action-answer-hearing = Ответить на приглашение на заседание
next-action-mark-done = Отметить, что вы выполнили обязательство
next-action-answer-obligation = Подтвердить выполнение
next-action-judge-obligation = Решить по заявленному обязательству
case-compliance-honoured = Стороны договорились, и соглашение исполнено.
case-compliance-late = Стороны договорились, и соглашение исполнено с опозданием.
case-compliance-not-honoured = Стороны договорились, но соглашение не исполнено.
case-ended-on = Завершено { $date }
dashboard-waiting-for-you = Ожидает ваших действий
dashboard-nothing-for-you = Сейчас от вас ничего не требуется.
dashboard-waiting-for-others = Ожидает действий других
dashboard-hearings-week = Заседания в ближайшие семь дней
## The case history: one sentence per kind of event. $actor is who acted (history-actor),
## $who the kind of actor (person, mediator, centre, system) for grammar: a person's
## gender is not known, so the past tense of a person reads "подал(а)".
history-actor = { $who ->
    [mediator] Медиатор
    [centre] Центр
    [system] Concilia
   *[person] { $name }
}
history-someone = Кто-то
history-submit = { $actor } { $who ->
    [person] подал(а)
   *[other] подал
} спор; его номер { $reference }.
history-request-info = { $actor } { $who ->
    [person] запросил(а)
   *[other] запросил
} дополнительную информацию.
history-provide-info = { $actor } { $who ->
    [person] предоставил(а)
   *[other] предоставил
} запрошенную информацию.
history-mark-complete = { $actor } { $who ->
    [person] признал(а)
   *[other] признал
} материалы дела полными: результат ожидается до { $due }.
history-accept = { $actor } { $who ->
    [person] принял(а)
   *[other] принял
} спор к рассмотрению и { $who ->
    [person] предложил(а)
   *[other] предложил
} продавцу ответить до { $due }.
history-refuse = { $actor } { $who ->
    [person] отказал(а)
   *[other] отказал
} в рассмотрении спора. Основание: { $ground }
history-join = { $actor } { $who ->
    [person] согласился(-ась)
   *[other] согласился
} от имени продавца участвовать в процедуре.
history-decline = { $actor } { $who ->
    [person] отказался(-ась)
   *[other] отказался
} от имени продавца участвовать в процедуре.
history-deemed-refusal = Продавец не ответил до { $due }, поэтому считается, что он отказался от участия.
history-request-mediation = { $actor } { $who ->
    [person] попросил(а)
   *[other] попросил
} о медиации.
history-end-negotiation = Срок прямых переговоров истёк без соглашения, поэтому началась медиация.
history-assign-mediator = { $actor } { $who ->
    [person] назначил(а)
   *[other] назначил
} медиатором: { $mediator }.
history-declare-no-conflict = { $actor } { $who ->
    [person] заявил(а)
   *[other] заявил
} об отсутствии конфликта интересов с каждой из сторон.
history-decline-assignment = { $actor } { $who ->
    [person] отказался(-ась)
   *[other] отказался
} вести это дело.
history-object = { $actor } { $who ->
    [person] заявил(а)
   *[other] заявил
} возражение против медиатора.
history-decide-objection = { $upheld ->
    [yes] { $actor } { $who ->
        [person] удовлетворил(а)
       *[other] удовлетворил
    } возражение: медиатор больше не ведёт дело.
   *[no] { $actor } { $who ->
        [person] отклонил(а)
       *[other] отклонил
    } возражение: медиатор продолжает вести дело.
}
history-extend = { $actor } { $who ->
    [person] продлил(а)
   *[other] продлил
} срок для результата до { $due }.
history-close-not-settled = { $actor } { $who ->
    [person] закрыл(а)
   *[other] закрыл
} дело без соглашения.
history-withdraw = { $actor } { $who ->
    [person] вышел(-шла)
   *[other] вышел
} из процедуры.
history-mark-complex = { $actor } { $who ->
    [person] отметил(а)
   *[other] отметил
} спор как сложный.
history-log-correspondence = { $actor } { $who ->
    [person] внёс(ла)
   *[other] внёс
} запись { $direction ->
    [incoming] о письме, полученном { $date }.
   *[outgoing] о письме, отправленном { $date }.
}
history-add-member = { $actor } { $who ->
    [person] добавил(а)
   *[other] добавил
} в дело { $member } { $capacity ->
    [assistant] в качестве помощника.
   *[representative] в качестве представителя.
}
history-link-group = { $actor } { $who ->
    [person] связал(а)
   *[other] связал
} это дело со связанным делом { $linked }.
history-schedule-hearing = { $actor } { $who ->
    [person] назначил(а)
   *[other] назначил
} слушание на { $starts }.
history-reschedule-hearing = { $actor } { $who ->
    [person] перенёс(ла)
   *[other] перенёс
} слушание на { $starts }.
history-cancel-hearing = { $actor } { $who ->
    [person] отменил(а)
   *[other] отменил
} слушание.
history-answer-hearing = { $answer ->
    [attend] { $actor } будет участвовать в слушании.
    [another_time] { $actor } { $who ->
        [person] попросил(а)
       *[other] попросил
    } назначить слушание на другое время.
   *[hidden] { $actor } { $who ->
        [person] ответил(а)
       *[other] ответил
    } на приглашение на слушание.
}
history-record-minutes = { $actor } { $who ->
    [person] внёс(ла)
   *[other] внёс
} протокол слушания.
history-propose = { $actor } { $who ->
    [person] { $kind ->
        [solution] предложил(а) решение спора.
        [counter] сделал(а) встречное предложение.
        [revised] изменил(а) предложение.
       *[offer] сделал(а) предложение об урегулировании.
    }
   *[other] { $kind ->
        [solution] предложил решение спора.
        [counter] сделал встречное предложение.
        [revised] изменил предложение.
       *[offer] сделал предложение об урегулировании.
    }
}
history-withdraw-proposal = { $actor } { $who ->
    [person] отозвал(а)
   *[other] отозвал
} предложение об урегулировании.
history-answer-proposal = { $actor } { $decision ->
    [accepted] { $who ->
        [person] принял(а)
       *[other] принял
    }
   *[rejected] { $who ->
        [person] отклонил(а)
       *[other] отклонил
    }
} { $of ->
    [solution] решение, предложенное медиатором.
    [blind] сумму, на которой сошлись закрытые предложения.
   *[offer] предложение.
}
history-blind-offer = { $actor } { $who ->
    [person] указал(а)
   *[other] указал
} сумму закрытого предложения в раунде { $round }{ $outcome ->
    [met] ; предложения сошлись на сумме { $amount }.
    [apart] ; предложения слишком далеки друг от друга.
   *[waiting] .
}
history-settle = Стороны достигли соглашения, и оно зафиксировано.
history-mark-done = { $actor } { $who ->
    [person] сообщил(а)
   *[other] сообщил
}, что { $kind ->
    [payment] платёж на сумму { $amount } произведён.
   *[action] согласованное действие ({ $action }) выполнено.
}
history-answer-obligation = { $decision ->
    [confirm] { $actor } { $who ->
        [person] подтвердил(а)
       *[other] подтвердил
    }, что { $kind ->
        [payment] платёж на сумму { $amount } произведён.
       *[action] согласованное действие ({ $action }) выполнено.
    }
   *[not_honoured] { $actor } { $who ->
        [person] сообщил(а)
       *[other] сообщил
    }, что { $kind ->
        [payment] платёж на сумму { $amount } не произведён.
       *[action] согласованное действие ({ $action }) не выполнено.
    }
}
history-judge-obligation = { $actor } { $who ->
    [person] решил(а)
   *[other] решил
}, что { $decision ->
    [honoured] { $kind ->
        [payment] платёж на сумму { $amount } произведён.
       *[action] согласованное действие ({ $action }) выполнено.
    }
   *[not_honoured] { $kind ->
        [payment] платёж на сумму { $amount } не произведён.
       *[action] согласованное действие ({ $action }) не выполнено.
    }
}
history-close-compliance = Все обязательства по соглашению урегулированы, поэтому дело закрыто.
history-document-redacted = { $actor } { $who ->
    [person] заменил(а)
   *[other] заменил
} { $known ->
    [yes] документ «{ $title }» отредактированной копией.
   *[no] документ отредактированной копией.
}
## Dates
date-deadline-today = { $date } (срок сегодня)
date-deadline-left = { $date } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
})
date-deadline-overdue = { $date } ({ $days ->
    [one] просрочено на { $days } день
    [few] просрочено на { $days } дня
   *[many] просрочено на { $days } дней
})
agreement-back = Назад к делу { $reference }
