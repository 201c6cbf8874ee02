"""The room's TLS: a self-signed certificate made once per data folder, pinned by its SHA-256.

The host keeps its certificate and key in its data folder (the key readable by its owner only),
so a host restarted after a crash is the same room to the laptops that joined it. A client
checks the certificate's SHA-256 against the join code's before it says anything.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import ssl
from pathlib import Path

CERT, KEY = "room-cert.pem", "room-key.pem"


def ensure_certificate(data_dir: Path) -> tuple[Path, Path]:
    cert, key = data_dir / CERT, data_dir / KEY
    if cert.exists() and key.exists():
        return cert, key
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jalostamo room")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(private.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=1))
                   .not_valid_after(now + datetime.timedelta(days=3650))
                   .sign(private, hashes.SHA256()))
    key_bytes = private.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
    _write_private(key, key_bytes)
    _write_private(cert, certificate.public_bytes(serialization.Encoding.PEM))
    return cert, key


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def fingerprint_of_pem(cert: Path) -> str:
    der = ssl.PEM_cert_to_DER_cert(cert.read_text("ascii"))
    return hashlib.sha256(der).hexdigest()


def server_context(data_dir: Path) -> tuple[ssl.SSLContext, str]:
    cert, key = ensure_certificate(data_dir)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    return context, fingerprint_of_pem(cert)


def client_context() -> ssl.SSLContext:
    """No CA to ask: the certificate is checked by its pinned fingerprint instead
    (:func:`peer_fingerprint`), before anything is sent."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def peer_fingerprint(ssl_object: ssl.SSLObject | ssl.SSLSocket | None) -> str:
    if ssl_object is None:
        return ""
    der = ssl_object.getpeercert(binary_form=True)
    return hashlib.sha256(der).hexdigest() if der else ""
