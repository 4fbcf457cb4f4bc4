"""Checksums and format validators for identifiers.

python-stdnum is used where it has the identifier (Luhn, IBAN, BSN, SSN);
the few national ids it lacks are implemented here from their published
algorithms, each in a few lines with a docstring naming the rule.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress

from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.be import nn as _be_nn
from stdnum.gb import nhs as _nhs
from stdnum.nl import bsn as _bsn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_idnr


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and _luhn.is_valid(digits)


# IIN ranges that issue cards of these lengths (ISO/IEC 7812; scheme documentation).
def plausible_card(digits: str) -> bool:
    """A Luhn-valid number is a card number only if its issuer prefix and
    length belong to a real card scheme; this rules out most order ids."""
    n = len(digits)
    if not 12 <= n <= 19 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    return _issuer_length_ok(digits, n) and luhn_ok(digits)  # the prefix test is the cheaper one


def card_shaped(digits: str) -> bool:
    """A real scheme's prefix and length, whatever the check digit: a card number with one digit mistyped
    (or invented for a macro) is still a card number when a card word stands right before it."""
    n = len(digits)
    return 13 <= n <= 19 and digits.isdigit() and len(set(digits)) > 2 and _issuer_length_ok(digits, n)


def _issuer_length_ok(digits: str, n: int) -> bool:
    d1, d2, d4 = int(digits[0]), int(digits[:2]), int(digits[:4])
    d3, d6 = int(digits[:3]), int(digits[:6])
    if d1 == 4:  # Visa
        return n in (13, 16, 19)
    if 51 <= d2 <= 55 or 2221 <= d4 <= 2720:  # Mastercard
        return n == 16
    if d2 in (34, 37):  # American Express
        return n == 15
    if d4 == 6011 or 644 <= d3 <= 649 or d2 == 65 or 622126 <= d6 <= 622925:  # Discover
        return 16 <= n <= 19
    if 3528 <= d4 <= 3589:  # JCB
        return 16 <= n <= 19
    if 300 <= d3 <= 305 or d2 in (36, 38, 39) or d4 == 3095:  # Diners Club
        return 14 <= n <= 19
    if 2200 <= d4 <= 2204:  # Mir
        return 16 <= n <= 19
    if d2 == 62 or d2 == 81:  # UnionPay
        return 16 <= n <= 19
    if d2 in (50, 56, 57, 58, 60, 63, 67, 69):  # Maestro, RuPay, mada/others
        return 12 <= n <= 19
    return False


def iban_ok(compact: str) -> bool:
    return _iban.is_valid(compact)


def iban_shaped(compact: str) -> bool:
    """A known country's IBAN length and account structure, whatever the check digits."""
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    country = _iban._ibandb.info(compact)[0][1]
    bban = country.get("bban")
    return bban is not None and _iban._struct_to_re(bban).fullmatch(compact[4:]) is not None


def bsn_ok(digits: str) -> bool:
    """Dutch BSN: 8 or 9 digits passing the 11-proef."""
    return digits.isdigit() and len(digits) in (8, 9) and int(digits) != 0 and _bsn.is_valid(digits.zfill(9))


def ssn_ok(digits: str) -> bool:
    """US SSN with the valid-range rules (no 000/666/9xx area, no 00 group, no 0000 serial)."""
    return len(digits) == 9 and _ssn.is_valid(digits)


def be_nn_ok(digits: str) -> bool:
    """Belgian national number (rijksregisternummer): birth date, serial, mod-97 check digits."""
    return len(digits) == 11 and _be_nn.is_valid(digits)


def saudi_id_ok(digits: str) -> bool:
    """Saudi national id (starts with 1) or iqama (starts with 2): 10 digits, Luhn check digit."""
    return len(digits) == 10 and digits[0] in "12" and luhn_ok(digits)


def nhs_ok(digits: str) -> bool:
    """UK NHS number: 10 digits, mod-11 check digit (python-stdnum)."""
    return len(digits) == 10 and _nhs.is_valid(digits)


def emirates_id_ok(digits: str) -> bool:
    """UAE Emirates ID: 784-YYYY-NNNNNNN-C, 15 digits, Luhn check digit, plausible birth year."""
    if len(digits) != 15 or not digits.startswith("784") or not luhn_ok(digits):
        return False
    year = int(digits[3:7])
    return 1900 <= year <= _dt.date.today().year


_EG_GOVERNORATES = {1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33,
                    34, 35, 88}


def egypt_id_ok(digits: str) -> bool:
    """Egyptian national id: 14 digits = century (2: 1900s, 3: 2000s), birth date YYMMDD,
    governorate code, sequence and check digit; the birth date must be a real past date."""
    if len(digits) != 14 or digits[0] not in "23":
        return False
    year = (1900 if digits[0] == "2" else 2000) + int(digits[1:3])
    try:
        born = _dt.date(year, int(digits[3:5]), int(digits[5:7]))
    except ValueError:
        return False
    return born <= _dt.date.today() and int(digits[7:9]) in _EG_GOVERNORATES


def za_id_ok(digits: str) -> bool:
    """South African ID number: 13 digits, YYMMDD birth date, Luhn check digit (python-stdnum)."""
    return len(digits) == 13 and _za_idnr.is_valid(digits)


def kuwait_civil_id_ok(digits: str) -> bool:
    """Kuwaiti civil id: 12 digits, century digit + YYMMDD birth date, weighted mod-11 check digit."""
    if len(digits) != 12 or digits[0] not in "123":
        return False
    weights = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    if check != int(digits[11]):
        return False
    year = {"1": 1800, "2": 1900, "3": 2000}[digits[0]] + int(digits[1:3])
    try:
        _dt.date(year, int(digits[3:5]), int(digits[5:7]))
    except ValueError:
        return False
    return True


def ip_ok(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if ip.is_unspecified or ip.is_loopback or ip.is_multicast:
        return False
    # a router's own address on a home network (.1 or .254 in a private range: 192.168.1.1, 10.0.0.254) is the
    # same in millions of homes and tells nothing about anyone
    return not (ip.version == 4 and ip.is_private and int(ip) & 0xFF in (1, 254))
