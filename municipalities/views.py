from django.http import HttpResponse


def municipality_list(request):
    return HttpResponse("TODO")


def municipality_detail(request, slug):
    return HttpResponse("TODO")


def police_area_list(request):
    return HttpResponse("TODO")


def police_area_detail(request, slug):
    return HttpResponse("TODO")
