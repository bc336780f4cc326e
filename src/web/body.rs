//! A deadline on reading request bodies. actix-web limits how long the request head may
//! take (`client_request_timeout`) but not the body: a client that sends the headers and part
//! of a body and then stops would hold its connection, and the handler reading the body,
//! forever. Every request's payload is wrapped here, in one place, so urlencoded forms, JSON
//! and multipart uploads all get the same rule: no byte for `config.body_timeout` and the
//! body ends in an error. Handlers already treat a broken body as a failure and keep nothing
//! of it (an upload aborts its unfinished file); whatever error they made of it, the client
//! is told why: 408 `body_timeout`. actix closes the connection after answering a request
//! whose body was not read to its end.
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::{HttpMessage, ResponseError, web};
use bytes::Bytes;
use futures_util::Stream;

use super::error::AppError;
use crate::state::AppState;

/// A payload that fails when no data arrives for `idle` while it is being read.
struct Deadline {
    inner: Payload,
    idle: Duration,
    /// Armed while the reader waits for data; disarmed by each chunk.
    timer: Option<Pin<Box<tokio::time::Sleep>>>,
    stalled: Arc<AtomicBool>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.stalled.load(Ordering::Relaxed) {
            return Poll::Ready(None);
        }
        match Pin::new(&mut this.inner).poll_next(cx) {
            Poll::Ready(item) => {
                this.timer = None;
                Poll::Ready(item)
            }
            Poll::Pending => {
                let idle = this.idle;
                let timer = this
                    .timer
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        this.stalled.store(true, Ordering::Relaxed);
                        Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            format!("no data for {} s", idle.as_secs()),
                        )))))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

/// Wraps the payload of every request in a `Deadline`, and answers 408 when it ran out.
pub async fn deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let idle = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.config.body_timeout);
    let stalled = Arc::new(AtomicBool::new(false));
    if let Some(idle) = idle {
        let inner = req.take_payload();
        let wrapped = Deadline {
            inner,
            idle,
            timer: None,
            stalled: stalled.clone(),
        };
        let boxed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(wrapped);
        req.set_payload(Payload::from(boxed));
    }
    let res = next.call(req).await?;
    let failed = res.status().is_client_error() || res.status().is_server_error();
    if stalled.load(Ordering::Relaxed) && failed {
        tracing::info!("request body stalled; dropped");
        let (req, _) = res.into_parts();
        return Ok(ServiceResponse::new(
            req,
            AppError::BodyTimeout.error_response(),
        ));
    }
    Ok(res.map_into_boxed_body())
}
