"""A throwaway PostgreSQL cluster for the tests: server binaries found (or installed with apt-get
when running as root), initdb as an unprivileged user, Unix socket only, removed at the end."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "nobody"  # initdb and postgres refuse to run as root


class Unavailable(Exception):
    """PostgreSQL cannot be had here; the message is the one-line reason tests are skipped with."""


def _bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _install() -> None:
    """Debian's server package, when we are root and apt-get is there."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Unavailable("PostgreSQL server binaries are absent and cannot be installed "
                          "(not root or no apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "postgresql"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode:
            raise Unavailable(f"installing PostgreSQL failed: {done.stderr.strip().splitlines()[-1:]}")


class Cluster:
    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            _install()
            bindir = _bindir()
        if bindir is None:
            raise Unavailable("PostgreSQL server binaries were not found after installing them")
        self.bin = bindir
        self.as_user: list[str] = []
        user = None
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam(USER)
            except KeyError:
                raise Unavailable(f"there is no user {USER!r} to run PostgreSQL as "
                                  "(it refuses root)") from None
            self.as_user = ["runuser", "-u", USER, "--"]
        self.dir = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        self.data = self.dir / "data"
        if user:
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.started = False

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise Unavailable(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-300:]}")

    def start(self) -> Cluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "marsad",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        # no TCP at all, the socket in our directory, no fsync: a throwaway cluster
        options = f"-c listen_addresses='' -k {self.dir} -F -c max_connections=60"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.dir / "log"), "-w", "-t", "60", "start")
        self.started = True
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://marsad@/{database}?host={self.dir}"

    def new_database(self) -> str:
        """A fresh empty database; its URL."""
        import psycopg
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            if self.started:
                subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                                "immediate", "-w", "stop"], capture_output=True, timeout=60)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def start() -> Cluster:
    """A running cluster, or Unavailable with the reason."""
    cluster = Cluster()
    try:
        return cluster.start()
    except BaseException:
        cluster.stop()
        raise


def cluster_fixture():
    """A session-scoped pytest fixture: the running cluster, stopped at the end even after failures;
    without PostgreSQL the tests that use it are skipped with the reason."""
    import pytest

    @pytest.fixture(scope="session")
    def postgres_cluster():
        try:
            cluster = start()
        except Unavailable as exc:
            pytest.skip(f"PostgreSQL is unavailable: {exc}")
        try:
            yield cluster
        finally:
            cluster.stop()

    return postgres_cluster
