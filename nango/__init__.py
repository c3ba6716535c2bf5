"""Python SDK for the Nango API: ``Nango`` (sync) and ``AsyncNango`` (async).

The low-level client generated from ``openapi.yaml`` is importable as ``nango_api``.
"""

from typing import TYPE_CHECKING

from ._async.auth import AsyncConnectionAuth
from ._async.client import AsyncNango
from ._logs import configure_from_environment
from ._proxy import ProxyOptions
from ._ratelimit import RateLimit
from ._raw import RawResponse
from ._results import (
    IntegrationConfigs,
    NewApiKey,
    NewApiKeyResponse,
    NewWebhookSigningKey,
    NewWebhookSigningKeyResponse,
    OAuth1Token,
    ProxyResponse,
    RecordsPage,
)
from ._sync.auth import ConnectionAuth
from ._sync.client import Nango
from ._transport import DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._version import __version__
from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidTagsError,
    InvalidWebhookError,
    NangoAPIError,
    NangoConnectionError,
    NangoError,
    NangoResponseTooLargeError,
    NangoResponseValidationError,
    NangoTimeoutError,
    NangoTypeError,
    NangoValueError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnknownWebhookTypeError,
    UnprocessableEntityError,
    WaitCancelled,
    WaitForConnectionCancelled,
    WaitForConnectionTimeout,
    WaitTimeout,
)

configure_from_environment()

if TYPE_CHECKING:
    from ._args import SyncRef
else:

    def __getattr__(name: str) -> object:
        if name == "SyncRef":  # built on first use: it names a generated model
            from ._args import sync_ref_type

            return sync_ref_type()
        raise AttributeError(f"module 'nango' has no attribute {name!r}")


__all__ = [
    "AsyncConnectionAuth",
    "AsyncNango",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionAuth",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "IntegrationConfigs",
    "InternalServerError",
    "InvalidTagsError",
    "InvalidWebhookError",
    "Nango",
    "NangoAPIError",
    "NangoConnectionError",
    "NangoError",
    "NangoResponseTooLargeError",
    "NangoResponseValidationError",
    "NangoTimeoutError",
    "NangoTypeError",
    "NangoValueError",
    "NewApiKey",
    "NewApiKeyResponse",
    "NewWebhookSigningKey",
    "NewWebhookSigningKeyResponse",
    "NotFoundError",
    "OAuth1Token",
    "PermissionDeniedError",
    "ProxyOptions",
    "ProxyResponse",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RecordsPage",
    "SyncRef",
    "UnknownWebhookTypeError",
    "UnprocessableEntityError",
    "WaitCancelled",
    "WaitForConnectionCancelled",
    "WaitForConnectionTimeout",
    "WaitTimeout",
    "__version__",
]
