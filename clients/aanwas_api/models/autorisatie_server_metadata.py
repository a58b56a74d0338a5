from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutorisatieServerMetadata")


@_attrs_define
class AutorisatieServerMetadata:
    """Authorization server metadata (RFC 8414); the names are the RFC's.

    Attributes:
        issuer (str):
        token_endpoint (str):
        jwks_uri (str):
        grant_types_supported (list[str]):
        token_endpoint_auth_methods_supported (list[str]):
        token_endpoint_auth_signing_alg_values_supported (list[str]):
        response_types_supported (list[str]):
        service_documentation (str):
    """

    issuer: str
    token_endpoint: str
    jwks_uri: str
    grant_types_supported: list[str]
    token_endpoint_auth_methods_supported: list[str]
    token_endpoint_auth_signing_alg_values_supported: list[str]
    response_types_supported: list[str]
    service_documentation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        token_endpoint = self.token_endpoint

        jwks_uri = self.jwks_uri

        grant_types_supported = self.grant_types_supported

        token_endpoint_auth_methods_supported = (
            self.token_endpoint_auth_methods_supported
        )

        token_endpoint_auth_signing_alg_values_supported = (
            self.token_endpoint_auth_signing_alg_values_supported
        )

        response_types_supported = self.response_types_supported

        service_documentation = self.service_documentation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "token_endpoint": token_endpoint,
                "jwks_uri": jwks_uri,
                "grant_types_supported": grant_types_supported,
                "token_endpoint_auth_methods_supported": token_endpoint_auth_methods_supported,
                "token_endpoint_auth_signing_alg_values_supported": token_endpoint_auth_signing_alg_values_supported,
                "response_types_supported": response_types_supported,
                "service_documentation": service_documentation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        token_endpoint = d.pop("token_endpoint")

        jwks_uri = d.pop("jwks_uri")

        grant_types_supported = cast(list[str], d.pop("grant_types_supported"))

        token_endpoint_auth_methods_supported = cast(
            list[str], d.pop("token_endpoint_auth_methods_supported")
        )

        token_endpoint_auth_signing_alg_values_supported = cast(
            list[str], d.pop("token_endpoint_auth_signing_alg_values_supported")
        )

        response_types_supported = cast(list[str], d.pop("response_types_supported"))

        service_documentation = d.pop("service_documentation")

        autorisatie_server_metadata = cls(
            issuer=issuer,
            token_endpoint=token_endpoint,
            jwks_uri=jwks_uri,
            grant_types_supported=grant_types_supported,
            token_endpoint_auth_methods_supported=token_endpoint_auth_methods_supported,
            token_endpoint_auth_signing_alg_values_supported=token_endpoint_auth_signing_alg_values_supported,
            response_types_supported=response_types_supported,
            service_documentation=service_documentation,
        )

        autorisatie_server_metadata.additional_properties = d
        return autorisatie_server_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
