"""Who may see, change and publish what in the admin.

Staff belong to organisations: municipalities and local police areas (Membership). A pledge, and
everything under it, belongs to every municipality it covers and to its police area. Staff see
and change only what belongs to one of their organisations; a redaktör writes, an utgivare also
publishes. A superuser is the national administrator and sees everything. A staff user without
an organisation sees nothing.
"""

from django.db.models import Q

from municipalities.models import Membership, Municipality, PoliceArea

from .models import Pledge


class Scope:
    def __init__(self, user):
        self.user = user
        active = user.is_authenticated and user.is_active and user.is_staff
        self.is_national = active and user.is_superuser
        memberships = list(user.memberships.all()) if active else []
        self.municipality_ids = {m.municipality_id for m in memberships if m.municipality_id}
        self.police_area_ids = {m.police_area_id for m in memberships if m.police_area_id}
        publishers = [m for m in memberships if m.role == Membership.Role.PUBLISHER]
        self.publisher_municipality_ids = {
            m.municipality_id for m in publishers if m.municipality_id
        }
        self.publisher_police_area_ids = {m.police_area_id for m in publishers if m.police_area_id}
        self._pledge_ids = None

    @classmethod
    def of(cls, request):
        """The scope of the request's user, worked out once per request."""
        if getattr(request, "_scope_user", None) is not request.user:
            request._scope = cls(request.user)
            request._scope_user = request.user
        return request._scope

    @property
    def is_member(self):
        return self.is_national or bool(self.municipality_ids or self.police_area_ids)

    def pledges(self, queryset=None):
        """The pledges this user may see and change."""
        queryset = Pledge.objects.all() if queryset is None else queryset
        if self.is_national:
            return queryset
        if not self.is_member:
            return queryset.none()
        inside = Pledge.objects.filter(
            Q(municipalities__in=self.municipality_ids) | Q(police_area__in=self.police_area_ids)
        )
        return queryset.filter(pk__in=inside.values("pk"))

    def filter(self, queryset, pledge_path):
        """Rows whose pledge (reached by `pledge_path`, "" for pledges) is in scope."""
        if self.is_national:
            return queryset
        if not self.is_member:
            return queryset.none()
        if not pledge_path:
            return self.pledges(queryset)
        return queryset.filter(**{f"{pledge_path}__in": self.pledges().values("pk")})

    def pledge_ids(self):
        if self._pledge_ids is None:
            self._pledge_ids = set(self.pledges().values_list("pk", flat=True))
        return self._pledge_ids

    def allows_pledge_id(self, pledge_id):
        return self.is_national or (self.is_member and pledge_id in self.pledge_ids())

    def municipalities(self, queryset=None):
        """Municipalities this user may put on a pledge: their own and their police areas'."""
        queryset = Municipality.objects.all() if queryset is None else queryset
        if self.is_national:
            return queryset
        inside = Municipality.objects.filter(
            Q(pk__in=self.municipality_ids) | Q(police_areas__in=self.police_area_ids)
        )
        return queryset.filter(pk__in=inside.values("pk"))

    def police_areas(self, queryset=None):
        """Police areas this user may put on a pledge: their own and their municipalities'."""
        queryset = PoliceArea.objects.all() if queryset is None else queryset
        if self.is_national:
            return queryset
        inside = PoliceArea.objects.filter(
            Q(pk__in=self.police_area_ids) | Q(municipalities__in=self.municipality_ids)
        )
        return queryset.filter(pk__in=inside.values("pk"))

    def covers(self, municipality_ids, police_area_id):
        """Whether a pledge with these municipalities and police area belongs to this user."""
        return self.is_national or bool(
            set(municipality_ids) & self.municipality_ids
            or (police_area_id and police_area_id in self.police_area_ids)
        )

    def may_publish(self, municipality_ids, police_area_id):
        return self.is_national or bool(
            set(municipality_ids) & self.publisher_municipality_ids
            or (police_area_id and police_area_id in self.publisher_police_area_ids)
        )

    def may_know_of(self, pledge):
        """Whether the user may learn anything of this pledge (its title, its address): it is
        public now, or it is theirs. Messages about clashes name only these."""
        return pledge.is_published or self.allows_pledge_id(pledge.pk)

    def may_publish_pledge(self, pledge):
        if self.is_national:
            return True
        municipality_ids = [m.pk for m in pledge.municipalities.all()] if pledge.pk else []
        return self.may_publish(municipality_ids, pledge.police_area_id)
