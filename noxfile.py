"""Project tasks: `nox -s tests` (the whole suite, with all set-up), `lint`, `typecheck`, and
`image` (build the server image and smoke-test it; not run by default: it needs root and podman).

`tests` first makes sure the Debian packages the suite needs are there (installing them when run
as root, as on CI), then installs cricketlog with its test extras into nox's virtualenv.
"""

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite against real audio, models, SQLite and PostgreSQL."""
    session.run("bash", "scripts/system-deps.sh", external=True)
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy over the package."""
    session.install("-e", ".", "mypy")
    session.run("mypy")


@nox.session(python=False)
def image(session: nox.Session) -> None:
    """Build the server image with podman on a debootstrapped Debian base, then smoke-test it.

    `nox -s image -- --fresh-base` makes the Debian base again. Needs root, podman, debootstrap.
    """
    session.run("bash", "scripts/build-image.sh", *session.posargs, external=True)
    session.run("bash", "scripts/smoke-image.sh", external=True)
