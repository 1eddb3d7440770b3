from django.http import HttpResponse


def home(request):
    return HttpResponse("TODO")


def pledge_detail(request, municipality, period, district=""):
    return HttpResponse("TODO")
