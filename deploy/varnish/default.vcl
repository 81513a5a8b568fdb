vcl 4.1;
# The edge cache in front of gunicorn (Debian's varnish package; see the README's Deploy
# section). The site says itself what may be kept (jumelage/edge.py): public pages carry
# `Cache-Control: public, max-age=0, s-maxage=N, stale-while-revalidate=M`, everything else
# is `private`. The site purges on every change (HTTP PURGE from the app servers); each PURGE
# bans that address with every query string and every address under it.

# The application server (gunicorn.conf.py: GUNICORN_BIND).
backend site {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the app servers (add their addresses when they are other machines).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed."));
        }
        # The address, its query strings, and every address under it.
        ban("obj.http.x-host == " + regsub(req.http.host, ":[0-9]+$", "") +
            " && obj.http.x-path ~ ^" + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged."));
    }
    # The visitor's address for the site (TRUSTED_PROXY_COUNT counts this proxy): Varnish
    # appends client.ip to X-Forwarded-For itself.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/") {
        return (pass);
    }
    # A signed-in person, or a visitor with a session or a message waiting, gets their own
    # page; every other cookie (the CSRF token of a form seen before) does not change a public
    # page, and is not passed on for GET requests of pages the site marks public.
    if (req.http.Cookie ~ "(^|;\s*)(__Host-sessionid|sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # What a ban reads (the ban lurker sees objects, not requests).
    set beresp.http.x-host = regsub(bereq.http.host, ":[0-9]+$", "");
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # Only what the site marks public is kept: no Cache-Control, no keeping.
    if (!beresp.http.Cache-Control || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Varnish reads s-maxage for how long, and stale-while-revalidate for how long after
    # that it may answer with the old page while it fetches the new one.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge = "HIT";
    } else {
        set resp.http.X-Edge = "MISS";
    }
    unset resp.http.x-host;
    unset resp.http.x-path;
    # Browsers never keep a page (max-age=0): s-maxage is the edge's alone.
}
