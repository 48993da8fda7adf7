# Generated from the OpenRouter OpenAPI spec (uploadFile) by `python -m codegen`; do not edit.
"""Upload a file: ``POST /files``.

Uploads a file to be referenced in future API calls. The file is stored under the workspace of
the authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type
is determined from the file contents — not the filename or the declared content type — and must
be a PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file,
or UTF-8 text. Text is reported by its structure as `application/json`, `application/x-ndjson`,
`text/csv`, `text/markdown`, or `text/plain`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict

import attrs
from returns.result import Result

from openrouter_core import OpenRouterCore, RequestOptions
from openrouter_core._multipart import FileInput
from openrouter_core._operation import MULTIPART_BODY, Operation, fails, header, ok, query
from openrouter_core._pipeline import invoke, invoke_async
from openrouter_core.errors import (
    BadGatewayResponseError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    OpenRouterBaseError,
    PayloadTooLargeResponseError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
)
from openrouter_core.models.file_response import FileResponse

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "FileResponse",
    "FilesUploadError",
    "FilesUploadRequest",
    "FilesUploadRequestDict",
    "files_upload",
    "files_upload_async",
]


@attrs.frozen(kw_only=True)
class FilesUploadRequest:
    """The parameters and multipart form of ``POST /files``.

    A file field takes bytes, a binary file object (streamed, not read into memory) or a
    ``(filename, bytes or file, content_type)`` tuple.
    """

    workspace_id: str | None = attrs.field(default=None, metadata={"wire": "workspace_id"})
    """Workspace to scope the request to."""
    provider: str | None = attrs.field(default=None, metadata={"wire": "provider"})
    """Store or read this file on the named provider using your own API key for it."""
    http_referer: str | None = attrs.field(default=None, metadata={"wire": "HTTP-Referer"})
    """The app identifier should be your app's URL and is used as the primary identifier for rankings."""
    app_title: str | None = attrs.field(default=None, metadata={"wire": "X-OpenRouter-Title"})
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    app_categories: str | None = attrs.field(
        default=None, metadata={"wire": "X-OpenRouter-Categories"}
    )
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent")."""
    file: FileInput

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
        file: FileInput,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("workspace_id", workspace_id)
        _setattr("provider", provider)
        _setattr("http_referer", http_referer)
        _setattr("app_title", app_title)
        _setattr("app_categories", app_categories)
        _setattr("file", file)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"workspace_id={self.workspace_id!r}, "
            f"provider={self.provider!r}, "
            f"http_referer={self.http_referer!r}, "
            f"app_title={self.app_title!r}, "
            f"app_categories={self.app_categories!r}, "
            f"file={self.file!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.workspace_id,
            self.provider,
            self.http_referer,
            self.app_title,
            self.app_categories,
            self.file,
        ) == (
            other.workspace_id,
            other.provider,
            other.http_referer,
            other.app_title,
            other.app_categories,
            other.file,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "FilesUploadRequest",
                self.workspace_id,
                self.provider,
                self.http_referer,
                self.app_title,
                self.app_categories,
                self.file,
            )
        )

    # --- end of attrs methods ---


class FilesUploadRequestDict(TypedDict, total=False):
    """The request as a dict literal: the parameters and the body's fields side by side."""

    workspace_id: str
    provider: str
    http_referer: str
    app_title: str
    app_categories: str
    file: Required[FileInput]


#: Every failure is an ``OpenRouterBaseError``: a status with a named class
#: (``OPERATION`` lists the ones documented here), ``OpenRouterDefaultError``,
#: ``ResponseValidationError``, ``HTTPClientError`` or ``SDKValidationError``. Declared
#: as the base class so that ``.bind``/``.lash`` with your own
#: ``Result[U, OpenRouterBaseError]`` functions type-check; ``match`` on the classes.
FilesUploadError: TypeAlias = OpenRouterBaseError

OPERATION: Operation[FilesUploadRequest, FileResponse] = Operation(
    operation_id="uploadFile",
    method="POST",
    path="/files",
    request_type=FilesUploadRequest,
    params=(
        query("workspace_id", "workspace_id"),
        query("provider", "provider"),
        header("http_referer", "HTTP-Referer"),
        header("app_title", "X-OpenRouter-Title"),
        header("app_categories", "X-OpenRouter-Categories"),
    ),
    body=MULTIPART_BODY,
    responses=(
        ok(200, FileResponse),
        fails(BadRequestResponseError),
        fails(UnauthorizedResponseError),
        fails(ForbiddenResponseError),
        fails(PayloadTooLargeResponseError),
        fails(TooManyRequestsResponseError),
        fails(InternalServerResponseError),
        fails(BadGatewayResponseError),
        fails(ServiceUnavailableResponseError),
    ),
)


def files_upload(
    core: OpenRouterCore,
    request: FilesUploadRequest | FilesUploadRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileResponse, FilesUploadError]:
    """Uploads a file to be referenced in future API calls.

    ``POST /files``: Upload a file.

    The file is stored under the workspace of the authenticating API key. Maximum file size:
    100 MB; empty files are rejected. The file type is determined from the file contents —
    not the filename or the declared content type — and must be a PDF, a PNG/JPEG/GIF/WebP
    image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8 text. Text is
    reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesUploadRequest`` or a dict with these keys:

            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``file`` (FileInput, required)
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_upload

        result = files_upload(core,
            {"file": ("document.pdf", b"%PDF-1.4 ...", "application/pdf")},
        )
    """
    return invoke(core, OPERATION, request, options)


async def files_upload_async(
    core: OpenRouterCore,
    request: FilesUploadRequest | FilesUploadRequestDict,
    *,
    options: RequestOptions | Mapping[str, Any] | None = None,
) -> Result[FileResponse, FilesUploadError]:
    """Uploads a file to be referenced in future API calls.

    ``POST /files``: Upload a file.

    The file is stored under the workspace of the authenticating API key. Maximum file size:
    100 MB; empty files are rejected. The file type is determined from the file contents —
    not the filename or the declared content type — and must be a PDF, a PNG/JPEG/GIF/WebP
    image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8 text. Text is
    reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Does not stream: the whole body comes back at once.

    Args:
        core: The ``OpenRouterCore`` holding the API key, server and retries.
        request: ``FilesUploadRequest`` or a dict with these keys:

            - ``workspace_id`` (str): Workspace to scope the request to.
            - ``provider`` (str): Store or read this file on the named provider using your
              own API key for it.
            - ``http_referer`` (str): The app identifier should be your app's URL and is
              used as the primary identifier for rankings.
            - ``app_title`` (str): The app display name allows you to customize how your app
              appears in OpenRouter's dashboard.
            - ``app_categories`` (str): Comma-separated list of app categories (e.g.
              "cli-agent,cloud-agent").
            - ``file`` (FileInput, required)
        options: Per-call ``RequestOptions`` (timeout_ms, retries, server_url, http_headers).

    Returns:
        ``Success(FileResponse)``, or ``Failure`` holding one of these errors (the
        function never raises):

        - 400: ``BadRequestResponseError``
        - 401: ``UnauthorizedResponseError``
        - 403: ``ForbiddenResponseError``
        - 413: ``PayloadTooLargeResponseError``
        - 429: ``TooManyRequestsResponseError``
        - 500: ``InternalServerResponseError``
        - 502: ``BadGatewayResponseError``
        - 503: ``ServiceUnavailableResponseError``
        - ``OpenRouterDefaultError``: another error status the spec does not document
        - ``ResponseValidationError``: a success body that does not fit the model
        - ``HTTPClientError``: no usable response: connection failure, timeout, cancelled
        - ``SDKValidationError``: an invalid request, refused before anything is sent

    Example::

        from openrouter_funcs import files_upload_async

        result = await files_upload_async(core,
            {"file": ("document.pdf", b"%PDF-1.4 ...", "application/pdf")},
        )
    """
    return await invoke_async(core, OPERATION, request, options)
