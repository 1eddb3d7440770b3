"""The pages of the review step and of scheduling, inside the admin (desk/urls.py, under
/admin/skrivbord/). The start page is the admin's index (desk/sites.py)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from pledges.access import Scope
from pledges.models import Pledge, local_time_label

from . import services
from .forms import DecisionForm, SendForReviewForm
from .models import Review


def own_pledge_or_404(request, pk):
    """The pledge if it belongs to one of the user's organisations; else a missing one."""
    pledge = Scope.of(request).pledges(Pledge.objects.with_municipalities()).filter(pk=pk).first()
    if pledge is None:
        raise Http404
    return pledge


def change_url(pledge):
    return reverse("admin:pledges_pledge_change", args=[pledge.pk])


def render_page(request, template, title, context):
    request.current_app = admin.site.name
    context = {**admin.site.each_context(request), "title": title, **context}
    return TemplateResponse(request, template, context)


def send_for_review(request, pk):
    """ "Skicka till utgivare": a draft, with a note, to the utgivare's start page and e-mail."""
    pledge = own_pledge_or_404(request, pk)
    if pledge.status != Pledge.Status.DRAFT:
        raise Http404
    waiting = pledge.reviews.waiting().first()
    if waiting:
        return redirect(waiting)
    form = SendForReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sent = services.send_for_review(pledge=pledge, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if Scope.of(request).may_publish_pledge(pledge):
                return redirect(sent)  # an utgivare goes on to publish it
            messages.success(
                request,
                _("”%(title)s” är skickat till utgivaren.") % {"title": pledge.title},
            )
            return redirect("admin:index")
    context = {"pledge": pledge, "form": form, "change_url": change_url(pledge)}
    return render_page(request, "desk/send_for_review.html", _("Skicka till utgivare"), context)


def review(request, pk):
    """One draft sent for review: the utgivare previews it, publishes it or sends it back; the
    redaktör reads here what became of it."""
    scope = Scope.of(request)
    review = get_object_or_404(
        Review.objects.select_related("pledge__revision_of", "sent_by", "decided_by"),
        pk=pk,
        pledge__in=scope.pledges().values("pk"),
    )
    pledge = review.pledge
    may_decide = review.is_waiting and scope.may_publish_pledge(pledge)
    form = DecisionForm(request.POST or None)
    if request.method == "POST":
        if not may_decide:
            raise PermissionDenied
        if form.is_valid():
            try:
                if "_return" in request.POST:
                    services.return_to_editor(
                        review=review, user=request.user, comment=form.cleaned_data["comment"]
                    )
                    text = _("”%(title)s” är skickat tillbaka till redaktören.")
                else:
                    pledge = services.publish(
                        review=review, user=request.user, when=form.cleaned_data["publish_at"]
                    )
                    text = (
                        _("”%(title)s” är schemalagt: publiceras %(when)s.")
                        if pledge.is_scheduled
                        else _("”%(title)s” är publicerat.")
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    text % {"title": pledge.title, "when": local_time_label(pledge.published_at)},
                )
                return redirect("admin:index")
    context = {
        "review": review,
        "pledge": pledge,
        "may_decide": may_decide,
        "form": form,
        "change_url": change_url(pledge),
        "preview_url": reverse("pledges:preview", kwargs={"uid": pledge.uid}),
    }
    title = _("Granska ”%(title)s”") % {"title": pledge.title}
    return render_page(request, "desk/review.html", title, context)


def cancel_schedule(request, pk):
    """ "Avbryt schemaläggning": a scheduled pledge back to a draft, for its utgivare."""
    pledge = own_pledge_or_404(request, pk)
    if not Scope.of(request).may_publish_pledge(pledge):
        raise PermissionDenied
    if not pledge.is_scheduled:
        messages.error(request, _("Löftet är inte schemalagt."))
        return redirect(change_url(pledge))
    if request.method == "POST":
        services.cancel_schedule(pledge=pledge, user=request.user)
        messages.success(
            request,
            _("Schemaläggningen är avbruten: ”%(title)s” är ett utkast igen.")
            % {"title": pledge.title},
        )
        return redirect(change_url(pledge))
    context = {"pledge": pledge, "change_url": change_url(pledge)}
    return render_page(request, "desk/cancel_schedule.html", _("Avbryt schemaläggning"), context)


def start_revision(request, pk):
    """ "Ändra i ett utkast": a draft copy of a published pledge, published by an utgivare."""
    pledge = own_pledge_or_404(request, pk)
    if pledge.status != Pledge.Status.PUBLISHED or pledge.revision_of_id:
        raise Http404
    existing = pledge.revisions.first()
    if existing:
        return redirect(change_url(existing))
    if request.method == "POST":
        revision = services.start_revision(pledge=pledge, user=request.user)
        messages.success(
            request,
            _(
                "Ett utkast till ändring är skapat. Det publicerade löftet gäller tills en "
                "utgivare publicerar ändringen."
            ),
        )
        return redirect(change_url(revision))
    context = {"pledge": pledge, "change_url": change_url(pledge)}
    return render_page(request, "desk/start_revision.html", _("Ändra i ett utkast"), context)
