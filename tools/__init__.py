"""Tools that measure the site from outside (Lighthouse, screenshots) and the page list they
share with the accessibility browser tests."""
