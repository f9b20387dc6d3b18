"""Azure Functions (Python v2 model) adapter: triggers in, optout_core calls, responses out.

All behaviour lives in optout_core. Routes are the ACS paths exactly
(host.json sets routePrefix to ""), so ACS SDKs need only a new endpoint.
Access is authorised by ACS HMAC signatures, not function keys, hence ANONYMOUS.
"""

import azure.functions as func

from optout_core.api import HttpRequestData, HttpResult, OptOutAction
from optout_core.services import services

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)


def _request(req: func.HttpRequest) -> HttpRequestData:
    return HttpRequestData.create(req.method, req.url, req.headers.items(), req.get_body())


def _response(result: HttpResult) -> func.HttpResponse:
    return func.HttpResponse(body=result.body, status_code=result.status, headers=result.headers)


@app.function_name("OptOutsAdd")
@app.route(route="sms/optouts:add", methods=["POST"])
async def optouts_add(req: func.HttpRequest) -> func.HttpResponse:
    return _response(await services().optout_api.handle(OptOutAction.ADD, _request(req)))


@app.function_name("OptOutsRemove")
@app.route(route="sms/optouts:remove", methods=["POST"])
async def optouts_remove(req: func.HttpRequest) -> func.HttpResponse:
    return _response(await services().optout_api.handle(OptOutAction.REMOVE, _request(req)))


@app.function_name("OptOutsCheck")
@app.route(route="sms/optouts:check", methods=["POST"])
async def optouts_check(req: func.HttpRequest) -> func.HttpResponse:
    return _response(await services().optout_api.handle(OptOutAction.CHECK, _request(req)))
