"""Reading a page: paths, bytes to text, HTML, site chrome, headline and publication time."""
