//! This machine's ceiling: a bare actix-web server, as many workers as the portal (one per
//! core), answering every GET with a fixed page as large as the real case page. Nothing
//! the portal does (database, session, templates, middleware) is in it, so a row's ratio to
//! it says how near the framework's own limit that page is.
use actix_web::{App, HttpResponse, HttpServer, web};

pub struct Ceiling {
    pub base: String,
    handle: actix_web::dev::ServerHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

pub fn start(page_bytes: usize) -> anyhow::Result<Ceiling> {
    // HTML-looking filler of the right size.
    let mut page = String::from("<!doctype html><html><head><title>ceiling</title></head><body>");
    while page.len() + 20 < page_bytes {
        page.push_str("<p>ceiling page</p>\n");
    }
    while page.len() < page_bytes {
        page.push(' ');
    }
    let page = web::Bytes::from(page);
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || {
                let page = page.clone();
                App::new().default_service(web::to(move || {
                    let page = page.clone();
                    async move {
                        HttpResponse::Ok()
                            .content_type("text/html; charset=utf-8")
                            .body(page)
                    }
                }))
            })
            .listen(listener);
            match server {
                Ok(s) => {
                    let server = s.run();
                    let _ = tx.send(Ok(server.handle()));
                    let _ = server.await;
                }
                Err(e) => {
                    let _ = tx.send(Err(e));
                }
            }
        })
    });
    let handle = rx.recv()??;
    Ok(Ceiling {
        base: format!("http://127.0.0.1:{port}"),
        handle,
        thread: Some(thread),
    })
}

impl Ceiling {
    pub async fn stop(mut self) {
        self.handle.stop(true).await;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
