use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use crate::domain::accounts::{self, AccountError};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect, safe_next};
use crate::web::session::{self, CurrentUser};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SigninForm {
    pub email: String,
    #[serde(skip_serializing)]
    pub password: String,
    pub next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[get("/signin")]
#[tracing::instrument(skip_all)]
pub async fn show(page: Page, q: web::Query<NextQuery>) -> Result<HttpResponse, AppError> {
    if page.user.is_some() {
        return Ok(redirect(&safe_next(q.next.as_deref())));
    }
    let form = SigninForm {
        next: safe_next(q.next.as_deref()),
        ..Default::default()
    };
    page.form_again(
        StatusCode::OK,
        "accounts/signin.html",
        &form,
        &vec![],
        None,
        minijinja::context! {},
    )
}

/// The client address for throttling: the socket peer, or the proxy's header when the
/// deployment says it runs behind one.
pub fn client_ip(req: &actix_web::HttpRequest, behind_proxy: bool) -> String {
    // The right-most X-Forwarded-For entry is the one our own load balancer appended; the
    // entries before it come from the client and can be forged.
    let forwarded = behind_proxy
        .then(|| {
            req.headers()
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
        })
        .flatten()
        .and_then(|v| v.rsplit(',').next())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let info = req.connection_info();
    let addr = forwarded.unwrap_or_else(|| info.peer_addr().unwrap_or("unknown").to_string());
    addr.parse::<std::net::SocketAddr>()
        .map(|s| s.ip().to_string())
        .unwrap_or(addr)
}

/// The cookie by which a browser that signed in before is known (`domain::device`).
pub const DEVICE_COOKIE: &str = "concilia_device";

/// A fresh device cookie after a successful sign-in. Only the sign-in form needs it back.
fn device_cookie(state: &crate::state::AppState, user_id: &str) -> Cookie<'static> {
    use crate::domain::device::LIFETIME;
    Cookie::build(
        DEVICE_COOKIE,
        state.devices.issue(user_id, chrono::Utc::now().timestamp()),
    )
    .path("/signin")
    .http_only(true)
    .secure(state.config.secure_cookies())
    .same_site(SameSite::Strict)
    .max_age(time::Duration::seconds(LIFETIME.num_seconds()))
    .finish()
}

#[post("/signin")]
#[tracing::instrument(skip_all)]
pub async fn submit(page: Page, form: CsrfForm<SigninForm>) -> Result<HttpResponse, AppError> {
    let (form, csrf) = form.into_parts();
    let template = "accounts/signin.html";
    if csrf.is_some() {
        return page.form_again(
            StatusCode::FORBIDDEN,
            template,
            &form,
            &vec![],
            Some("error-form-expired"),
            minijinja::context! {},
        );
    }
    let ip = client_ip(&page.req, page.state.config.behind_proxy);
    let device = page.req.cookie(DEVICE_COOKIE);
    let device = device.as_ref().map(|c| c.value());
    match accounts::sign_in(&page.state, &form.email, &form.password, &ip, device).await {
        Ok(user) => {
            session::start(&page.req, &page.state, &user);
            let mut res = redirect(&safe_next(Some(&form.next)));
            res.add_cookie(&device_cookie(&page.state, &user.id))
                .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?;
            Ok(res)
        }
        Err(AccountError::InvalidCredentials) => page.form_again(
            StatusCode::UNAUTHORIZED,
            template,
            &form,
            &vec![],
            Some("error-signin-failed"),
            minijinja::context! {},
        ),
        Err(AccountError::Disabled) => page.form_again(
            StatusCode::FORBIDDEN,
            template,
            &form,
            &vec![],
            Some("error-account-disabled"),
            minijinja::context! {},
        ),
        Err(AccountError::Throttled(seconds)) => {
            let message = crate::i18n::t_args(
                &page.lang,
                "error-signin-throttled",
                &[("minutes", ((seconds + 59) / 60).into())],
            );
            let mut res = page.render_status(
                StatusCode::TOO_MANY_REQUESTS,
                template,
                minijinja::context! { form => &form, errors => minijinja::context! {}, form_error => message, throttled => true },
            )?;
            res.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(seconds),
            );
            Ok(res)
        }
        Err(e) => Err(e.into()),
    }
}

#[post("/signout")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn signout(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    accounts::sign_out(&page.state, user.0.id.clone()).await?;
    session::end(&page.req);
    Ok(redirect("/?notice=signed-out"))
}
