# Concilia container image.
#
# Build:  docker build -t concilia .
# Run:    docker run -p 8080:8080 -v concilia-data:/data concilia
#
# Without further settings the container runs in development mode: SQLite in /data,
# a JWT secret generated into /data/jwt-secret, outgoing mail written as .eml files
# into /data/outbox. For production set at least:
#   CONCILIA_MODE=production
#   CONCILIA_JWT_SECRET   (32+ characters, the same on every instance)
#   CONCILIA_SMTP_HOST    (and CONCILIA_SMTP_USERNAME / CONCILIA_SMTP_PASSWORD if needed)
#   DATABASE_URL          (postgres://... for several instances)
# and usually CONCILIA_BASE_URL (the public https:// address) and CONCILIA_BEHIND_PROXY=true.
# The HEALTHCHECK below assumes the default port 8080.

# ---- build ----------------------------------------------------------------------------
FROM rust:1.95-bookworm AS builder

# libpq for diesel's PostgreSQL backend; SQLite is compiled from source (bundled).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static

# Templates, static files, translations and migrations are compiled into the binary.
RUN cargo build --release --locked

# ---- runtime --------------------------------------------------------------------------
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --gid 10001 concilia \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin concilia \
    && mkdir -p /app /data \
    && chown concilia:concilia /data

COPY --from=builder /src/target/release/concilia /usr/local/bin/concilia

WORKDIR /app
# A bind-mounted host folder must be writable by uid 10001.
VOLUME /data

ENV CONCILIA_DATA_DIR=/data \
    CONCILIA_LISTEN=0.0.0.0:8080

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1

ENTRYPOINT ["/usr/local/bin/concilia"]
CMD ["serve"]
