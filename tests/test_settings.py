"""Settings: TOML plus environment, validated, secrets only from the environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from consult.settings import SettingsError, load_settings


@pytest.fixture()
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "consult.toml"
    monkeypatch.setenv("CONSULT_CONFIG", str(path))
    for name in ("CONSULT_IMAP_PORT", "CONSULT_IMAP_HOST", "CONSULT_SMTP_PORT", "CONSULT_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_toml_sections_and_environment_override(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config.write_text('[imap]\nhost = "mail.example.org"\nport = 143\nuser = "desk"\n[smtp]\nport = 2525\n')
    monkeypatch.setenv("CONSULT_SMTP_PORT", "465")
    s = load_settings()
    assert (s.imap_host, s.imap_port, s.smtp_port) == ("mail.example.org", 143, 465)


def test_bad_value_names_the_setting(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config.write_text("")
    monkeypatch.setenv("CONSULT_IMAP_PORT", "99999")
    with pytest.raises(SettingsError, match="CONSULT_IMAP_PORT"):
        load_settings()


def test_secret_in_config_file_is_refused(config: Path) -> None:
    config.write_text('smtp_password = "hunter2"\n')
    with pytest.raises(SettingsError, match="CONSULT_SMTP_PASSWORD") as err:
        load_settings()
    assert "hunter2" not in str(err.value)


def test_unknown_key_in_config_file_is_refused(config: Path) -> None:
    config.write_text('imap_hots = "typo.example"\n')
    with pytest.raises(SettingsError, match="imap_hots"):
        load_settings()


def test_bad_secret_value_is_not_echoed(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config.write_text("")
    monkeypatch.setenv("CONSULT_ADDRESS", "not-an-address")
    with pytest.raises(SettingsError, match="CONSULT_ADDRESS"):
        load_settings()


def test_cli_stops_with_a_message_naming_the_setting(config: Path) -> None:
    env = {"CONSULT_CONFIG": str(config), "CONSULT_SMTP_SECURITY": "tls-please", "PATH": "/usr/bin:/bin"}
    config.write_text("")
    proc = subprocess.run(
        [sys.executable, "-m", "consult.cli", "review", "list"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert "CONSULT_SMTP_SECURITY" in proc.stderr
