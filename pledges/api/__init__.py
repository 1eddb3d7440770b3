"""The read-only JSON API at /api/v1/, documented on /oppna-data/, described by its OpenAPI
document at /api/v1/openapi.json and for people at /api/v1/docs/.

django-ninja views (views.py) return the dicts of serializers.py, checked against the shapes of
schemas.py, as JSON with CORS. Only published content; ids are the stable uids and the
municipality code.
"""
