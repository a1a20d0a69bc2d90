// ReportVerifier::verify — what --verify and the review page do with a report, its signature, the
// key beside it, a countersignature and the user's trusted keys — on fuzzed files. The first byte
// chooses what the harness signs for real with keys made at start-up (a fuzzer cannot forge an
// Ed25519 signature, so without this it would never get past "INVALID"); the rest is split at
// "\n--8<--\n" into: the JSON, its .sig, its .pub.pem, the .review.sig, the .review.pub.pem and the
// text of a trusted-keys file (each part absent when the input has fewer).
// Invariants: every result says what it found, in lines that are safe to print; VALID only when the
// signature and every countersignature verify with keys the keyring names, the countersignature
// by another key; a countersignature by the signer's own key is INVALID; and with real signatures
// the verdict is exactly the one the keyring and the JSON call for.

#include "FuzzCommon.h"

#include "core/TerminalText.h"
#include "report/Report.h"
#include "report/ReportJson.h"
#include "report/ReportSigner.h"
#include "report/ReportVerifier.h"
#include "report/TrustedKeys.h"

#include <QFile>

using o365::ReportSigner;
using o365::ReportVerifier;
using o365::TrustedKeys;

namespace
{

enum Mode : uint8_t {
    SignJson = 1,         // .sig/.pub.pem: the author key's real signature of the JSON
    Review = 2,           // a countersignature is there (else only when parts 3/4 are given)
    ReviewSigned = 4,     // the countersignature is real: the reviewer key's (or the author's, below)
    ReviewByAuthor = 8,   // … made with the author's own key
    TrustAuthor = 16,     // the keyring names the author key
    TrustReviewer = 32,   // the keyring names the reviewer key
};

void put(const QString& path, const QByteArray* bytes)
{
    QFile::remove(path);
    if (bytes) {
        QFile file(path);
        FUZZ_ASSERT(file.open(QIODevice::WriteOnly));
        FUZZ_ASSERT(file.write(*bytes) == bytes->size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    static const ReportSigner author = ReportSigner::generate();
    static const ReportSigner reviewer = ReportSigner::generate();
    static const QString base = fuzz::scratchFile(QStringLiteral("verify"));
    const uint8_t mode = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> parts = fuzz::splitParts(rest);
    auto part = [&](int i) -> const QByteArray* { return i < parts.size() ? &parts[i] : nullptr; };

    const QByteArray json = parts.value(0);
    QByteArray signature, pem, reviewSignature, reviewPem;
    const QByteArray *sigFile = part(1), *pemFile = part(2), *reviewSigFile = part(3), *reviewPemFile = part(4);
    if (mode & SignJson) {
        signature = author.sign(json);
        pem = author.publicKeyPem();
        sigFile = &signature;
        pemFile = &pem;
    }
    const bool realReview = (mode & Review) && (mode & ReviewSigned);
    const ReportSigner& reviewKey = (mode & ReviewByAuthor) ? author : reviewer;
    if (realReview) {
        reviewSignature = reviewKey.sign(json);
        reviewPem = reviewKey.publicKeyPem();
        reviewSigFile = &reviewSignature;
        reviewPemFile = &reviewPem;
    } else if (mode & Review) {
        if (!reviewSigFile)
            reviewSigFile = &json; // a countersignature that cannot hold
        if (!reviewPemFile)
            reviewPemFile = &pem;
    }
    put(base + QStringLiteral(".json"), &json);
    put(base + QStringLiteral(".json.sig"), sigFile);
    put(base + QStringLiteral(".pub.pem"), pemFile);
    put(base + QStringLiteral(".json.review.sig"), reviewSigFile);
    put(base + QStringLiteral(".review.pub.pem"), reviewPemFile);

    // The keyring: the fuzzed text, plus the lines naming the harness's keys that the mode asks for.
    QByteArray ours;
    if (mode & TrustAuthor)
        ours += TrustedKeys::lineFor(author, QStringLiteral("Ann Author")).toUtf8() + '\n';
    if (mode & TrustReviewer)
        ours += TrustedKeys::lineFor(reviewer, QStringLiteral("Rick Reviewer")).toUtf8() + '\n';
    TrustedKeys keys;
    QString error;
    const QByteArray fuzzedKeyring = parts.value(5);
    if (!TrustedKeys::parse(fuzzedKeyring + '\n' + ours, QStringLiteral("/fuzz/trusted-keys.txt"), &keys, &error)) {
        FUZZ_ASSERT(!error.isEmpty());
        FUZZ_ASSERT(TrustedKeys::parse(ours, QStringLiteral("/fuzz/trusted-keys.txt"), &keys, &error));
    }

    const ReportVerifier::Result r = ReportVerifier::verify(base + QStringLiteral(".json"), keys);
    FUZZ_ASSERT(r.exitCode >= ReportVerifier::Valid && r.exitCode <= ReportVerifier::Untrusted);
    FUZZ_ASSERT(!r.message.isEmpty());
    const QString text = r.toText();
    for (const QString& line : text.split(QLatin1Char('\n')))
        FUZZ_ASSERT(o365::TerminalText::isSafe(line));

    if (r.exitCode == ReportVerifier::Valid) {
        const ReportSigner shipped = ReportSigner::fromPublicKeyPem(pemFile ? *pemFile : QByteArray());
        FUZZ_ASSERT(!shipped.isNull() && sigFile && shipped.verify(json, *sigFile));
        FUZZ_ASSERT(!keys.nameOf(shipped.fingerprint()).isEmpty());
        FUZZ_ASSERT(r.signerName == keys.nameOf(shipped.fingerprint()));
        if (reviewSigFile || reviewPemFile) {
            const ReportSigner second = ReportSigner::fromPublicKeyPem(reviewPemFile ? *reviewPemFile : QByteArray());
            FUZZ_ASSERT(!second.isNull() && reviewSigFile && second.verify(json, *reviewSigFile));
            FUZZ_ASSERT(second.fingerprint() != shipped.fingerprint());
            FUZZ_ASSERT(!keys.nameOf(second.fingerprint()).isEmpty());
        }
    }
    if (realReview && (mode & ReviewByAuthor) && (mode & SignJson))
        FUZZ_ASSERT(r.exitCode == ReportVerifier::Invalid);

    if ((mode & SignJson) && !(mode & Review) && !reviewSigFile && !reviewPemFile) {
        // A real signature and nothing else: the verdict follows from the keyring and the JSON alone.
        o365::Report report;
        const bool parses = o365::ReportJson::fromBytes(json, &report);
        const bool trusted = !keys.nameOf(author.fingerprint()).isEmpty();
        const int expected = !parses ? ReportVerifier::Unreadable
                                     : (trusted ? ReportVerifier::Valid : ReportVerifier::Untrusted);
        FUZZ_ASSERT(r.exitCode == expected);
        FUZZ_ASSERT(r.fingerprint == author.fingerprint());
        if (parses)
            FUZZ_ASSERT(r.namedEngineer == report.header.engineer);
    }
    return 0;
}
