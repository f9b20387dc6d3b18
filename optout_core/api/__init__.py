"""The HTTP API, free of any web framework, one module per resource; authentication is in `access`."""

from .access import Access, Authenticator, Caller
from .evidence import EvidenceApi
from .http import ApiError, HttpRequestData, HttpResult
from .listing import ListApi
from .optouts import OptOutAction, OptOutApi
from .programs import ProgramApi
from .reviews import ReviewApi
from .send import SendApi
from .transfer import TransferApi, from_spreadsheet, spreadsheet_safe

__all__ = ["Access", "ApiError", "Authenticator", "Caller", "EvidenceApi", "HttpRequestData", "HttpResult", "ListApi",
           "OptOutAction", "OptOutApi", "ProgramApi", "ReviewApi", "SendApi", "TransferApi", "from_spreadsheet",
           "spreadsheet_safe"]
