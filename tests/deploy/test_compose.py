"""compose.yaml: it validates with docker-compose, and its services run the commands tested here.

The compose file is what a club deploys, so a typo in it is a failed deployment. The check is the
real tool (Debian's docker-compose); the migrate service's command is then run for real against a
fresh PostgreSQL database, twice at once, since it is what keeps migrations from racing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "compose.yaml"

needs_compose = pytest.mark.skipif(
    shutil.which("docker-compose") is None,
    reason="docker-compose is not installed (apt-get install docker-compose)",
)


def compose_config(**env: str) -> subprocess.CompletedProcess[str]:
    """``docker-compose config`` on the repository's compose file with only ``env`` set."""
    return subprocess.run(
        ["docker-compose", "--file", str(COMPOSE), "config"],
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    """The services as docker-compose resolves them, or as written when the tool is absent."""
    if shutil.which("docker-compose") is None:
        return yaml.safe_load(COMPOSE.read_text())["services"]
    done = compose_config(POSTGRES_PASSWORD="compose-test-password")
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)["services"]


@needs_compose
def test_compose_file_validates() -> None:
    done = compose_config(POSTGRES_PASSWORD="compose-test-password", CRICKETLOG_WORKERS="4")
    assert done.returncode == 0, done.stderr
    config = yaml.safe_load(done.stdout)
    assert set(config["services"]) == {"app", "migrate", "postgres", "redis"}
    assert set(config["volumes"]) == {"data", "pgdata"}
    app = config["services"]["app"]
    assert app["command"][-2:] == ["--workers", "4"]
    assert app["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert config["services"]["migrate"]["depends_on"]["postgres"] == {
        "condition": "service_healthy"
    }


@needs_compose
def test_compose_refuses_to_start_without_a_database_password() -> None:
    done = compose_config()
    assert done.returncode != 0
    assert "set POSTGRES_PASSWORD" in done.stderr


def test_the_password_reaches_the_app_outside_any_url(services: dict[str, Any]) -> None:
    for name in ("app", "migrate"):
        env = services[name]["environment"]
        assert "@postgres:5432/" in env["CRICKETLOG_DATABASE_URL"]
        assert ":" not in env["CRICKETLOG_DATABASE_URL"].split("://", 1)[1].split("@")[0]
        assert env["CRICKETLOG_REDIS_URL"].startswith("redis://redis:")
    assert services["app"]["volumes"] == services["migrate"]["volumes"]


def test_the_image_runs_the_app_service_command(services: dict[str, Any]) -> None:
    """The Dockerfile's default command is the app service's, but for the workers it adds."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    cmd = next(line for line in dockerfile.splitlines() if line.startswith("CMD "))
    image_command = yaml.safe_load(cmd.removeprefix("CMD "))
    assert services["app"]["command"][: len(image_command)] == image_command


def run_cli(command: list[str], db_url: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRICKETLOG_DATABASE_URL": db_url, "CRICKETLOG_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cricketlog", *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.postgres
def test_two_migrate_services_at_once_migrate_once(
    services: dict[str, Any], postgres_url: str, home: Path
) -> None:
    from sqlalchemy import create_engine, text

    from cricketlog.store.db import HEAD

    command = [str(part) for part in services["migrate"]["command"]]
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda _: run_cli(command, postgres_url, home), range(2)))
    for done in runs:
        assert done.returncode == 0, f"{shlex.join(command)}: {done.stderr}"
        assert HEAD in done.stdout
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    engine.dispose()
    assert versions == [HEAD]
