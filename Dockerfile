# The image compose.yaml runs: the package with the PostgreSQL driver, as an unprivileged user.
FROM python:3.11-slim
WORKDIR /opt/newsletter
COPY pyproject.toml README.md ./
COPY newsletter ./newsletter
RUN pip install --no-cache-dir ".[postgres]" && useradd --system --uid 1000 --home-dir /srv/newsletter newsletter
USER newsletter
WORKDIR /srv/newsletter
CMD ["newsletter", "--help"]
