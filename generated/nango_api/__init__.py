"""A client library for accessing Nango API"""

from nango_api.client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
