#include "errortext.h"

QString ErrorText::codeSentence(int code)
{
    switch (code) {
    case 0x2: // CIDR_NOT_VALID
        return tr("The address range (CIDR) is not valid, for example 203.0.113.0/24.");
    case 0x3: // CIDR_NOT_REGISTERED
        return tr("This address range (CIDR) is not registered with iwinv.");
    case 0x4: // IPV6_NOT_SUPPORTED
        return tr("IPv6 is not supported here: use an IPv4 address.");
    case 0x5: // CHECK_REQUEST_IP
        return tr("iwinv did not accept the address this request came from.");
    case 0x6: // CHECK_CREDENTIAL
        return tr("iwinv does not know this Access Key. Check the keys issued in the iwinv web "
                  "console.");
    case 0xa: // REQUIRED_GET_PARAM_MISSING
        return tr("A value the request needs was missing, so iwinv did not answer it.");
    case 0xb: // REQUIRED_POST_PARAM_MISSING
        return tr("A required field was empty, so nothing was changed.");
    case 0xc: // DEV_CHECK_RETURN
        return tr("iwinv refused it (for example, the zone's resources are restricted); nothing "
                  "was changed.");
    case 0xd: // UNAVAILABLE_FLAVOR
        return tr("This spec is not available there (it may be sold out in this zone). Choose "
                  "another spec.");
    case 0xe: // CHECK_PARAM
        return tr("One of the values is not valid.");
    case 0xf: // CHECK_PARAM_ENUM
        return tr("A value is not one of those iwinv allows (they are case-sensitive).");
    case 0x10: // UNAVAILABLE_COMBINATION
        return tr("The spec, image and zone do not fit together. Choose another image or spec.");
    case 0x11: // CHECK_LENGTH
        return tr("A value is too long or too short.");
    case 0x12: // UNAVAILABLE_SSH_KEY
        return tr("An SSH Key cannot be used (it may have been deleted in the iwinv web "
                  "console). Choose the keys again.");
    case 0x14: // EMPTY_SET
        return tr("Nothing matches the filter.");
    default:
        return {};
    }
}

QString ErrorText::describe(const ApiError &error)
{
    QString text;
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::NotSignedIn:
        text = tr("No access key is set. Sign in with your iwinv Access Key and Secret Key.");
        break;
    case ApiError::Kind::ReadOnly:
        text = tr("This profile is read-only, so nothing was changed. Choose another safety level "
                  "for the profile to make changes.");
        break;
    case ApiError::Kind::InsecureEndpoint:
        text = tr("The server address must start with https:// (plain http:// is allowed only for "
                  "this computer).");
        break;
    case ApiError::Kind::InvalidRequest:
        text = tr("The console could not build this request (an ID is missing), so nothing was "
                  "sent. Refresh the page and try again.");
        break;
    case ApiError::Kind::Network:
        text = tr("The server could not be reached. Check your network connection and try again.");
        break;
    case ApiError::Kind::Timeout:
        text = tr("The server did not answer in time. Try again in a moment.");
        break;
    case ApiError::Kind::Tls:
        text = error.tlsProblems.isEmpty()
                ? tr("The secure connection failed: the server's certificate could not be "
                     "verified.")
                //: %1 lists what is wrong with the certificate (Qt's own words)
                : tr("The secure connection failed: %1").arg(error.tlsProblems.join(u"; "));
        break;
    case ApiError::Kind::Redirected:
        text = tr("The server tried to redirect the request elsewhere; it was not followed. Check "
                  "the server address.");
        break;
    case ApiError::Kind::TooLarge:
        text = tr("The server's answer was too large and was stopped.");
        break;
    case ApiError::Kind::Unauthorized:
        text = tr("The Access Key or Secret Key was not accepted. Check the keys issued in the "
                  "iwinv web console.");
        break;
    case ApiError::Kind::TimestampRejected:
        text = tr("The server rejected the request time. Check that this computer's clock is "
                  "correct.");
        break;
    case ApiError::Kind::Forbidden:
        text = tr("This key may not be used from this computer's IP address. Allow the address "
                  "for the key in the iwinv web console.");
        break;
    case ApiError::Kind::NotFound:
        text = tr("It no longer exists on the server.");
        break;
    case ApiError::Kind::RateLimited:
        text = tr("Too many requests in a short time. The console will continue shortly.");
        break;
    case ApiError::Kind::QuotaExceeded:
        text = tr("A limit of your account was reached.");
        break;
    case ApiError::Kind::Busy:
        text = tr("The server is busy with another task or is being deleted. Try again when it "
                  "has finished.");
        break;
    case ApiError::Kind::InUse:
        text = tr("It is still in use. Disconnect it first.");
        break;
    case ApiError::Kind::Rejected:
        text = tr("The server did not accept the values.");
        break;
    case ApiError::Kind::WebConsoleOnly:
        text = tr("This can only be done in the iwinv web console.");
        break;
    case ApiError::Kind::Server:
        text = tr("A temporary failure occurred on the server. Please try again later.");
        break;
    case ApiError::Kind::InvalidResponse:
        text = tr("The server's answer could not be read.");
        break;
    case ApiError::Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    }
    // A documented code says more than its kind.
    if (const QString own = codeSentence(error.codeValue()); !own.isEmpty())
        text = own;
    if (!error.message.isEmpty())
        //: %1 is our explanation, %2 the server's own message
        text = tr("%1 (iwinv: %2)").arg(text, error.message.left(300));
    return text;
}
