"""The read-only JSON API at /api/v1/, documented on /oppna-data/.

Plain Django views: each returns a dict that `api_view` turns into JSON, with CORS for GET.
Only published content; ids are the stable uids and the municipality code.
"""
