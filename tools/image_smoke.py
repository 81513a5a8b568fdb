"""`make image-test`: the README's Deploy section followed step by step, with what a machine
without a container engine has in its place, then the site served from the image's own
filesystem and checked from outside, through the shipped TLS proxy and edge cache.

These machines reach no image registry and cannot run containers (podman builds images, but
crun may not set the limits a container needs), so:

- the base image (Debian 12) is a root made by Debian's `debootstrap`, imported into podman
  (`tar -C ROOT -c . | podman import - NAME`), and given to the Containerfile as BASE_IMAGE;
- `docker compose build` is `podman build --isolation chroot` of the Containerfile;
- `docker compose run/up` of the site's services (web, scheduler) run the image's filesystem
  (`podman create` + `podman export`) in a chroot, as the image's user, with the image's
  environment, the compose file's environment for the service, and the .env made from
  deploy/stack.env.example;
- the proxy (Caddy) and the edge (Varnish) are Debian's packages, run with the shipped
  deploy/caddy/Caddyfile and deploy/varnish/default.vcl; PostgreSQL and Redis are the machine's.

What compose's network would resolve (db, redis, web) is the loopback here, and every port is a
free one (the configuration files' own ports are rewritten in a copy; each change is printed).

Run as root (debootstrap, podman, chroot, mounts). Exit status 0 when every check held."""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "image"
BASE_IMAGE = os.environ.get("IMAGE_BASE", "localhost/debian-base:bookworm")
MIRROR = os.environ.get("DEBIAN_MIRROR", "http://deb.debian.org/debian")
APP_UID = 10001
SMOKE_DB = "jumelage_image_smoke"
SMOKE_REDIS_DB = "9"

checks = []


def step(title):
    print(f"\n=== {title}", flush=True)


def run(*args, **kwargs):
    print("$ " + " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def check(condition, what):
    checks.append((bool(condition), what))
    print(("  ok    " if condition else "  FAIL  ") + what, flush=True)
    return condition


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the image ------------------------------------------------------------------------------


def base_image():
    """Debian 12, from Debian's own packages, as the base image no registry can give here."""
    if subprocess.run(["podman", "image", "exists", BASE_IMAGE]).returncode == 0:
        print(f"{BASE_IMAGE} is already in podman's store")
        return
    root = WORK / "debian-root"
    shutil.rmtree(root, ignore_errors=True)
    run("debootstrap", "--variant=minbase", "bookworm", root, MIRROR, stdout=subprocess.DEVNULL)
    tar = subprocess.Popen(["tar", "-C", str(root), "-c", "."], stdout=subprocess.PIPE)
    run("podman", "import", "-", BASE_IMAGE, stdin=tar.stdout, stdout=subprocess.DEVNULL)
    tar.wait()
    shutil.rmtree(root, ignore_errors=True)


def build(image):
    """`docker compose build`: the Containerfile, as compose.yaml names it."""
    args = [
        "podman",
        "build",
        "--format",
        "docker",
        "--isolation",
        "chroot",
        "--build-arg",
        f"BASE_IMAGE={BASE_IMAGE}",
    ]
    # A proxy that re-signs TLS (this machine's) needs its authority inside the build.
    ca = os.environ.get("PIP_CERT") or "/etc/ssl/certs/ca-certificates.crt"
    if Path(ca).is_file():
        args += ["--volume", f"{Path(ca).parent}:/run/host-certs:ro"]
        args += ["--build-arg", f"PIP_CERT=/run/host-certs/{Path(ca).name}"]
    run(*args, "-t", image, "-f", "Containerfile", ".", cwd=ROOT)


def image_config(image):
    out = subprocess.run(
        ["podman", "image", "inspect", image], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)[0]


def export_filesystem(image, rootfs):
    shutil.rmtree(rootfs, ignore_errors=True)
    rootfs.mkdir(parents=True)
    container = subprocess.run(
        ["podman", "create", image], check=True, capture_output=True, text=True
    ).stdout.strip()
    try:
        archive = WORK / "image.tar"
        run("podman", "export", "-o", archive, container)
        with tarfile.open(archive) as tar:
            tar.extractall(rootfs, numeric_owner=True)  # noqa: S202 - our own image, as root
        archive.unlink()
    finally:
        subprocess.run(["podman", "rm", container], capture_output=True)


class Chroot:
    """The image's filesystem with /proc and /dev, as a container would see them."""

    def __init__(self, rootfs, environment):
        self.rootfs = rootfs
        self.environment = environment
        self.mounts = []

    def __enter__(self):
        for target, args in (("proc", ["-t", "proc", "proc"]), ("dev", ["--bind", "/dev"])):
            path = self.rootfs / target
            path.mkdir(exist_ok=True)
            subprocess.run(["mount", *args, str(path)], check=True)
            self.mounts.append(path)
        (self.rootfs / "etc" / "hosts").write_text("127.0.0.1 localhost\n::1 localhost\n")
        return self

    def __exit__(self, *exc):
        for path in reversed(self.mounts):
            subprocess.run(["umount", "-l", str(path)])

    def command(self, *args, env=None):
        environment = {**self.environment, **(env or {})}
        return [
            "chroot",
            f"--userspec={APP_UID}:{APP_UID}",
            str(self.rootfs),
            "/usr/bin/env",
            "-i",
            *[f"{k}={v}" for k, v in environment.items()],
            *args,
        ]

    def run(self, *args, env=None, **kwargs):
        print("$ [image] " + " ".join(args), flush=True)
        return subprocess.run(self.command(*args, env=env), **kwargs)

    def start(self, *args, log, env=None):
        print("$ [image, background] " + " ".join(args), flush=True)
        return subprocess.Popen(
            self.command(*args, env=env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


# --- the README's steps ---------------------------------------------------------------------


def read_env_file(path):
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def interpolate(value, dotenv):
    """compose's ${NAME}, ${NAME:?message} and ${NAME:-default}."""

    def replace(match):
        name, _, rest = match.group(1).partition(":")
        if name in dotenv and dotenv[name]:
            return dotenv[name]
        if rest.startswith("?"):
            raise SystemExit(f"compose.yaml needs {name}: {rest[1:]}")
        return rest[1:] if rest.startswith("-") else ""

    return re.sub(r"\$\{([^}]+)\}", replace, str(value))


def service_environment(service, dotenv, image_env):
    """What a compose service's container sees: the image's ENV, then env_file, then
    environment (compose's order of precedence)."""
    env = dict(item.split("=", 1) for item in image_env)
    if service.get("env_file"):
        env.update(dotenv)
    for key, value in (service.get("environment") or {}).items():
        env[key] = interpolate(value, dotenv)
    return env


def on_loopback(env, ports):
    """compose's service names are the loopback here; its ports are free ones."""
    changed = {}
    for key, value in env.items():
        new = value
        if key == "DATABASE_URL":
            url = urllib.parse.urlsplit(value)
            new = url._replace(netloc=f"{url.username}@127.0.0.1:5432", path=f"/{SMOKE_DB}")
            new = new.geturl()
        elif key == "CACHE_URL":
            new = f"redis://127.0.0.1:6379/{SMOKE_REDIS_DB}"
        elif key == "EDGE_PURGE_URL":
            new = f"http://127.0.0.1:{ports['edge']}"
        elif key == "GUNICORN_BIND":
            new = f"127.0.0.1:{ports['web']}"
        if new != value:
            changed[key] = (value, new)
            env[key] = new
    for key, (old, new) in changed.items():
        print(f"  {key}: {old} -> {new}")
    env["CACHE_KEY_PREFIX"] = "image-smoke"
    # A free port, as a platform gives it (the entrypoint binds 0.0.0.0:$PORT).
    env["PORT"] = str(ports["web"])
    print(f"  PORT: {env['PORT']}")
    return env


def database(user):
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qtAc"]
    roles = subprocess.run(
        [*psql, "SELECT rolname FROM pg_roles"], capture_output=True, text=True, check=True
    ).stdout.split()
    if user not in roles:
        run("createuser", "-h", "127.0.0.1", "-U", "postgres", user)
    run("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", SMOKE_DB)
    run("createdb", "-h", "127.0.0.1", "-U", "postgres", "-O", user, SMOKE_DB)


# --- from outside ---------------------------------------------------------------------------


class Visitor:
    def __init__(self, ca_file):
        context = ssl.create_default_context(cafile=str(ca_file)) if ca_file else None
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context),
            urllib.request.HTTPCookieProcessor(self.cookies),
            NoRedirect(),
        )

    def get(self, url, data=None, headers=None):
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(url, seconds=90, context=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5, context=context) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            time.sleep(0.5)
    return None


def stop(process):
    if process and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def main():
    if os.geteuid() != 0:
        raise SystemExit("make image-test runs as root (debootstrap, podman, chroot, mounts).")
    for tool in ("podman", "debootstrap", "caddy", "varnishd", "psql", "redis-cli"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is missing (.ci/run installs it from Debian's packages)")
    WORK.mkdir(parents=True, exist_ok=True)
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    image = services["web"]["image"]
    ports = {"web": free_port(), "edge": free_port(), "https": free_port(), "http": free_port()}
    processes = {}
    logs = WORK / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()

    step("1. .env from deploy/stack.env.example, its empty values filled")
    dotenv = read_env_file(ROOT / "deploy" / "stack.env.example")
    for key in ("SECRET_KEY", "REGISTER_KEY", "POSTGRES_PASSWORD"):
        check(
            key in dotenv and not dotenv[key], f"{key} is in the example, for the operator to set"
        )
        dotenv[key] = secrets.token_urlsafe(50)
    dotenv.update(
        SITE_ADDRESS="localhost",
        ALLOWED_HOSTS="localhost",
        WAGTAILADMIN_BASE_URL=f"https://localhost:{ports['https']}",
    )
    (WORK / "stack.env").write_text("".join(f"{k}={v}\n" for k, v in dotenv.items()))

    step("2. docker compose build (podman build of the Containerfile on a Debian 12 root)")
    base_image()
    build(image)
    inspected = image_config(image)
    config = inspected["Config"]
    check(
        config.get("User") == "jumelage", f"the image runs as its own user ({config.get('User')})"
    )
    healthcheck = (inspected.get("Healthcheck") or config.get("Healthcheck") or {}).get("Test")
    check(healthcheck and "/app/deploy/healthcheck.py" in healthcheck, "the image's HEALTHCHECK")
    check(config.get("Entrypoint") == ["/app/deploy/entrypoint.sh"], "the entrypoint")
    rootfs = WORK / "rootfs"
    export_filesystem(image, rootfs)
    python = (rootfs / "usr" / "bin" / "python3").resolve().name
    check(python.startswith("python3.11"), f"Debian's Python in the image ({python})")
    check(
        not (rootfs / "opt/venv/lib/python3.11/site-packages/playwright").exists(), "no test tools"
    )
    check(
        (rootfs / "app/staticfiles/staticfiles.json").is_file(), "static files collected at build"
    )

    web_env = on_loopback(service_environment(services["web"], dotenv, config["Env"]), ports)
    web_env["HOME"] = "/app"
    scheduler_env = {
        **web_env,
        **on_loopback(service_environment(services["scheduler"], dotenv, config["Env"]), ports),
    }
    database(urllib.parse.urlsplit(web_env["DATABASE_URL"]).username)
    subprocess.run(["redis-cli", "-n", SMOKE_REDIS_DB, "FLUSHDB"], capture_output=True)

    with Chroot(rootfs, web_env) as image_root:
        try:
            step("3. docker compose run --rm web migrate")
            migrated = image_root.run("/app/deploy/entrypoint.sh", "migrate")
            check(migrated.returncode == 0, "the migrations apply")

            step("4. docker compose up -d")
            with open(logs / "web.log", "wb") as log:
                processes["web"] = image_root.start(
                    "/app/deploy/entrypoint.sh", *services["web"]["command"], log=log
                )
            check(
                wait_for(f"http://127.0.0.1:{ports['web']}/healthz") == 200, "web answers /healthz"
            )
            processes["edge"] = start_edge(services["edge"], ports, logs)
            processes["proxy"] = start_proxy(ports, logs, rootfs)
            with open(logs / "scheduler.log", "wb") as log:
                processes["scheduler"] = image_root.start(
                    "/app/deploy/entrypoint.sh",
                    *services["scheduler"]["command"],
                    log=log,
                    env=scheduler_env,
                )

            step("5. docker compose exec web manage createsuperuser")
            admin_password = secrets.token_urlsafe(16)
            created = image_root.run(
                "manage",
                "createsuperuser",
                "--noinput",
                env={
                    "DJANGO_SUPERUSER_USERNAME": "operator",
                    "DJANGO_SUPERUSER_EMAIL": "operator@example.org",
                    "DJANGO_SUPERUSER_PASSWORD": admin_password,
                },
            )
            check(created.returncode == 0, "the first administrator is created")

            step("6. (to try it) docker compose exec web manage load_demo_content")
            demo = image_root.run("manage", "load_demo_content")
            check(demo.returncode == 0, "the demo content loads")

            step("7. From outside")
            outside(image_root, ports, rootfs, admin_password, logs, processes)
        finally:
            for name in ("proxy", "edge", "scheduler", "web"):
                stop(processes.get(name))
    failed = [what for ok, what in checks if not ok]
    print(f"\n{len(checks) - len(failed)} of {len(checks)} checks held.")
    if failed:
        print("Failed:\n  " + "\n  ".join(failed))
        for log in sorted(logs.glob("*.log")):
            print(
                f"\n--- {log.name} (last lines)\n" + "\n".join(log.read_text().splitlines()[-30:])
            )
        sys.exit(1)


def start_edge(service, ports, logs):
    """compose's `edge`: Varnish with the shipped configuration; gunicorn is on a free port
    here, not 8000, so a copy of the VCL says so."""
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    vcl = vcl.replace('.port = "8000";', f'.port = "{ports["web"]}";')
    (WORK / "default.vcl").write_text(vcl)
    command = list(service["command"])
    command[command.index("-f") + 1] = str(WORK / "default.vcl")
    command[command.index("-a") + 1] = f"127.0.0.1:{ports['edge']}"
    command[0] = shutil.which("varnishd") or "/usr/sbin/varnishd"
    command += ["-n", str(WORK / "varnish")]
    print("$ " + " ".join(command))
    with open(logs / "edge.log", "wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    check(wait_for(f"http://127.0.0.1:{ports['edge']}/healthz") == 200, "the edge answers")
    return process


def start_proxy(ports, logs, rootfs):
    """compose's `proxy`: Caddy with the shipped Caddyfile, on free ports, trusting nothing of
    this machine (its own certificate authority, not installed anywhere)."""
    caddy = WORK / "caddy"
    shutil.rmtree(caddy, ignore_errors=True)
    caddy.mkdir()
    (caddy / "Caddyfile").write_text(
        "{\n"
        f"\thttp_port {ports['http']}\n\thttps_port {ports['https']}\n"
        "\tskip_install_trust\n\tadmin off\n}\n"
        f"import {ROOT / 'deploy' / 'caddy' / 'Caddyfile'}\n"
    )
    env = {
        **os.environ,
        "SITE_ADDRESS": "localhost",
        "EDGE_UPSTREAM": f"127.0.0.1:{ports['edge']}",
        "MEDIA_DIR": str(rootfs / "app" / "var" / "media"),
        "XDG_DATA_HOME": str(caddy / "data"),
        "XDG_CONFIG_HOME": str(caddy / "config"),
        "HOME": str(caddy),
    }
    command = ["caddy", "run", "--config", str(caddy / "Caddyfile"), "--adapter", "caddyfile"]
    print("$ " + " ".join(command))
    with open(logs / "proxy.log", "wb") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    ca = caddy / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
    deadline = time.monotonic() + 60
    while not ca.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    context = ssl.create_default_context(cafile=str(ca)) if ca.exists() else None
    check(
        wait_for(f"https://localhost:{ports['https']}/healthz", context=context) == 200,
        "the proxy answers over HTTPS with its own certificate",
    )
    return process


def outside(image_root, ports, rootfs, admin_password, logs, processes):
    site = f"https://localhost:{ports['https']}"
    ca = WORK / "caddy" / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
    visitor = Visitor(ca)

    status, headers, _ = visitor.get(f"http://localhost:{ports['http']}/fr/")
    check(
        status in (301, 308) and headers.get("Location", "").startswith("https://"),
        f"HTTP is sent to HTTPS ({status})",
    )

    status, headers, body = visitor.get(f"{site}/fr/")
    check(status == 200 and "Jumelages" in body, f"the French home page ({status})")
    check("max-age=63072000" in headers.get("Strict-Transport-Security", ""), "HSTS")
    check("s-maxage" in headers.get("Cache-Control", ""), "public pages tell the edge to keep them")
    status, headers, _ = visitor.get(f"{site}/fr/")
    check(headers.get("X-Edge") == "HIT", f"the edge keeps it (X-Edge: {headers.get('X-Edge')})")
    purge = urllib.request.Request(f"{site}/fr/", method="PURGE")
    try:
        status = visitor.opener.open(purge, timeout=30).status
    except urllib.error.HTTPError as error:
        status = error.code
    _, headers, _ = visitor.get(f"{site}/fr/")
    check(
        status == 405 and headers.get("X-Edge") == "HIT",
        f"a visitor cannot purge the edge through the proxy ({status})",
    )
    _, headers, _ = visitor.get(f"{site}/fr/", headers={"Accept-Encoding": "gzip"})
    check(headers.get("Content-Encoding") == "gzip", "pages are compressed for the visitor")
    status, _, body = visitor.get(f"{site}/en/")
    check(status == 200 and 'lang="en"' in body, f"the English home page ({status})")

    manifest = json.loads((rootfs / "app/staticfiles/staticfiles.json").read_text())["paths"]
    css = next(hashed for name, hashed in manifest.items() if name.endswith(".css"))
    status, headers, _ = visitor.get(f"{site}/static/{css}")
    check(
        status == 200 and "immutable" in headers.get("Cache-Control", ""),
        f"a hashed static file, kept for good ({status})",
    )

    pictures = sorted((rootfs / "app/var/media/images").glob("*"))
    if check(pictures, "the demo's pictures were made (renditions in the media volume)"):
        status, headers, _ = visitor.get(f"{site}/media/images/{pictures[0].name}")
        check(
            status == 200 and headers.get("Content-Type", "").startswith("image/"),
            f"the proxy serves a picture from the media volume ({status})",
        )
        owner = pictures[0].stat().st_uid
        check(owner == APP_UID, f"what the site writes belongs to its user (uid {owner})")
    status, _, _ = visitor.get(f"{site}/media/documents/anything.pdf")
    check(status == 404, f"documents are never served from the media volume ({status})")
    status, _, _ = visitor.get(f"{site}/media/images/../../private/x")
    check(status in (400, 404), f"no way out of the pictures folder ({status})")

    status, _, body = visitor.get(f"{site}/readyz")
    check(status == 200 and '"database": "ok"' in body.replace("'", '"'), f"/readyz ({status})")
    health = image_root.run("python3", "/app/deploy/healthcheck.py")
    check(health.returncode == 0, "the image's HEALTHCHECK passes")

    # The administrator signs in over HTTPS: the proxies pass the scheme, the cookies are
    # __Host- and Secure, the CSRF check sees the right origin.
    status, _, body = visitor.get(f"{site}/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if check(status == 200 and token, f"the Wagtail admin's login page ({status})"):
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "username": "operator",
                "password": admin_password,
                "next": "/admin/",
            }
        ).encode()
        status, headers, _ = visitor.get(
            f"{site}/admin/login/", data=form, headers={"Referer": f"{site}/admin/login/"}
        )
        check(
            status == 302 and headers.get("Location", "").endswith("/admin/"),
            f"the administrator signs in ({status})",
        )
        status, headers, body = visitor.get(f"{site}/admin/")
        check(
            status == 200 and headers.get("X-Edge") != "HIT", f"the admin, never cached ({status})"
        )

    # The visitor's address: whatever X-Forwarded-For a visitor sends, the log names the
    # address the proxy saw.
    visitor.get(f"{site}/fr/?probe=address", headers={"X-Forwarded-For": "203.0.113.66"})
    time.sleep(1)
    log = (logs / "web.log").read_text(errors="replace")
    lines = [line for line in log.splitlines() if "probe=address" in line]
    check(
        lines and "203.0.113.66" not in lines[-1] and re.search(r"(127\.0\.0\.1|::1)", lines[-1]),
        f"the log names the real visitor ({lines[-1][:60] if lines else 'no line'})",
    )

    uid = process_uid(processes["web"].pid)
    check(uid == APP_UID, f"gunicorn runs as the image's user (uid {uid})")
    # The scheduler's first round catches up last night's backup: in the backups volume, the
    # site's user's alone, and restorable (restore --list reads it back).
    backups = rootfs / "app" / "var" / "backups"
    deadline = time.monotonic() + 300
    while len(list(backups.glob("*"))) < 3 and time.monotonic() < deadline:
        time.sleep(2)
    files = sorted(path for path in backups.glob("*") if path.is_file())
    check(len(files) >= 3, f"the scheduler made last night's backup ({len(files)} files)")
    modes = {oct(path.stat().st_mode & 0o777) for path in files}
    check(modes == {"0o600"}, f"the backup's files are the site's user's alone ({modes})")
    listed = image_root.run("manage", "restore", "--list", capture_output=True, text=True)
    check(
        listed.returncode == 0 and "  complete" in listed.stdout,
        f"restore --list shows it ({listed.stdout.strip()[:100]})",
    )
    check(processes["scheduler"].poll() is None, "the scheduler keeps running")
    jobs = image_root.run("manage", "run_periodic_jobs", "--list", capture_output=True, text=True)
    check(jobs.returncode == 0 and "backup" in jobs.stdout, "the periodic jobs' history")
    print(jobs.stdout)


def process_uid(pid):
    """chroot, env and the entrypoint each exec the next: the process started is gunicorn."""
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^Uid:\s+(\d+)", text, re.M).group(1))


if __name__ == "__main__":
    main()
