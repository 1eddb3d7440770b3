"""HTML fragments that pages repeat per row, built in Python: includes/progress.html and
includes/progress_bar.html as fragments (pledges/fragments.py), for pages that show one per
group or per pledge."""

from django.utils.translation import gettext

from pledges.fragments import fragment


def progress_bar_html(percent):
    """includes/progress_bar.html: a bar filled to `percent`; decorative."""
    return fragment(
        '<svg class="progress-bar" viewBox="0 0 100 10" preserveAspectRatio="none" '
        'aria-hidden="true" focusable="false"><rect class="progress-bar__track" width="100" '
        'height="10"/><rect class="progress-bar__fill" width="{}" height="10"/></svg>',
        percent,
    )


def progress_html(progress, small=False):
    """includes/progress.html: how far a set of promises has come, the bar and what is left
    out."""
    if progress.counted:
        text = fragment(
            '<p class="progress__text"><strong>{}</strong>, {}</p>\n{}',
            progress.done_label,
            gettext("%(percent)s\u00a0%% av vägen") % {"percent": progress.percent},
            progress_bar_html(progress.percent),
        )
    else:
        text = fragment('<p class="progress__text">{}</p>', gettext("Inga löften att räkna in."))
    left_out = (
        fragment(
            '\n<p class="progress__left-out">{} <span class="muted">({})</span></p>',
            progress.left_out_label,
            gettext("räknas inte in"),
        )
        if progress.left_out
        else ""
    )
    return fragment(
        '<div class="progress{}">\n{}{}\n</div>',
        " progress--small" if small else "",
        text,
        left_out,
    )
