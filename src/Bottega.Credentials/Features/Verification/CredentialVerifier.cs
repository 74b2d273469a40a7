using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Credentials.Features.Hosted;
using Bottega.Credentials.Features.Keys;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Verification;

/// <summary>
/// Verifies what a person pastes or uploads: an assertion or credential URL, an OB 2.0 assertion, an OB 3.0 credential
/// with a Data Integrity proof or as a VC-JWT, or a baked PNG/SVG carrying any of these. Checks the signature, the issuer,
/// the status and the validity dates; never fetches anything outside the platform; any malformed input gets a verdict.
/// </summary>
public sealed class CredentialVerifier
{
    private const int MaxTextLength = 1_000_000;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };
    private readonly CredentialsDbContext db;
    private readonly IssuerKeys keys;
    private readonly PublicBadges badges;
    private readonly CredentialUrls urls;
    private readonly TimeProvider time;

    internal CredentialVerifier(CredentialsDbContext db, IssuerKeys keys, PublicBadges badges, CredentialUrls urls, TimeProvider time)
    {
        this.db = db;
        this.keys = keys;
        this.badges = badges;
        this.urls = urls;
        this.time = time;
    }

    public async Task<Verdict> VerifyFileAsync(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var payload = BakedPayloads.Extract(content);
        return payload.Failure is { } failure ? Verdict.Unreadable(failure) : await VerifyTextAsync(payload.Text!, cancellationToken);
    }

    public async Task<Verdict> VerifyTextAsync(string input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim().TrimStart('\uFEFF');
        if (text.Length == 0)
        {
            return Verdict.Unreadable("Incolla un indirizzo, una credenziale JSON o un JWT, oppure carica un'immagine.");
        }

        if (text.Length > MaxTextLength)
        {
            return Verdict.Unreadable("Il testo è troppo lungo per essere una credenziale.");
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return await VerifyUrlAsync(text, cancellationToken);
        }

        if (VcJwt.LooksLikeJwt(text))
        {
            return await VerifyJwtAsync(text, cancellationToken);
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text, documentOptions: JsonOptions) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return Verdict.Unreadable("Il contenuto non è né un indirizzo, né un JSON, né un JWT leggibile.");
        }

        if (json["proof"] is not null || Strings(json["type"]).Contains("VerifiableCredential"))
        {
            return await VerifyDataIntegrityAsync(json, cancellationToken);
        }

        return Strings(json["type"]).Contains("Assertion")
            ? await VerifyOb2AssertionAsync(json, cancellationToken)
            : Verdict.Unreadable("Il JSON non è un'asserzione Open Badges 2.0 né una credenziale Open Badges 3.0.");
    }

    private async Task<Verdict> VerifyUrlAsync(string url, CancellationToken cancellationToken)
    {
        var publicId = urls.PublicIdOf(url);
        if (publicId is null)
        {
            return new Verdict("URL", [new VerificationCheck("Emittente", false,
                "L'indirizzo non appartiene a questa piattaforma: l'emittente non è tra quelli che questa pagina può verificare.")], null);
        }

        var credential = await badges.CredentialAsync(publicId, cancellationToken);
        if (credential is null)
        {
            return new Verdict("URL", [new VerificationCheck("Esistenza", false, "Nessun badge corrisponde a questo indirizzo.")], null);
        }

        if (url.StartsWith(urls.Ob2Assertion(""), StringComparison.OrdinalIgnoreCase))
        {
            return await VerifyOb2AssertionAsync(badges.Assertion(credential), cancellationToken);
        }

        if (credential.SignedJson.Length == 0)
        {
            return new Verdict("URL", [new VerificationCheck("Stato", false, "Il badge è stato revocato e i suoi dati cancellati.")], null);
        }

        return await VerifyDataIntegrityAsync(JsonNode.Parse(credential.SignedJson)!.AsObject(), cancellationToken);
    }

    private async Task<Verdict> VerifyJwtAsync(string jwt, CancellationToken cancellationToken)
    {
        var checks = new VerificationChecks();
        var parts = VcJwt.Parse(jwt);
        if (parts is null)
        {
            return Verdict.Unreadable("Il JWT non è leggibile (intestazione, contenuto o firma non codificati correttamente).");
        }

        var resolved = parts.KeyId is { } kid ? await keys.ResolveAsync(kid, cancellationToken) : null;
        if (resolved is null)
        {
            checks.Fail("Emittente", "La chiave che ha firmato (kid) non appartiene a un emittente noto a questa piattaforma.");
            return new Verdict("VC-JWT", checks.All, Summary(parts.Payload, null));
        }

        if (VcJwt.VerifySignature(parts, resolved.Value.Key.PublicKey))
        {
            checks.Pass("Firma", "La firma EdDSA del JWT è valida.");
        }
        else
        {
            checks.Fail("Firma", "La firma non corrisponde: il contenuto è stato alterato o non è stato firmato da questo emittente.");
        }

        var credential = parts.Payload;
        CheckIssuer(checks, credential, parts.KeyId!, resolved.Value.Issuer);
        if (credential["iss"]?.GetValueKind() == JsonValueKind.String && credential["iss"]!.GetValue<string>() != IssuerId(credential))
        {
            checks.Fail("Emittente", "Il claim iss del JWT non coincide con l'emittente della credenziale.");
        }

        CheckDates(checks, credential);
        await CheckStatusAsync(checks, credential, cancellationToken);
        return new Verdict("Open Badges 3.0 (VC-JWT)", checks.All, await SummaryAsync(credential, resolved.Value.Issuer, cancellationToken));
    }

    private async Task<Verdict> VerifyDataIntegrityAsync(JsonObject credential, CancellationToken cancellationToken)
    {
        var checks = new VerificationChecks();
        var method = credential["proof"] is JsonObject proof && proof["verificationMethod"]?.GetValueKind() == JsonValueKind.String
            ? proof["verificationMethod"]!.GetValue<string>()
            : null;
        if (method is null)
        {
            checks.Fail("Firma", "La credenziale non contiene una prova (proof) con il metodo di verifica.");
            return new Verdict("Open Badges 3.0", checks.All, Summary(credential, null));
        }

        var resolved = await keys.ResolveAsync(method, cancellationToken);
        if (resolved is null)
        {
            checks.Fail("Emittente", "La chiave della prova non appartiene a un emittente noto a questa piattaforma.");
            return new Verdict("Open Badges 3.0", checks.All, Summary(credential, null));
        }

        var result = DataIntegrity.Verify(credential, resolved.Value.Key.PublicKey);
        if (result is null)
        {
            checks.Pass("Firma", "La prova Data Integrity (eddsa-rdfc-2022) è valida.");
        }
        else
        {
            checks.Fail("Firma", result.Message, [.. result.Arguments]);
        }

        CheckIssuer(checks, credential, method, resolved.Value.Issuer);
        CheckDates(checks, credential);
        await CheckStatusAsync(checks, credential, cancellationToken);
        return new Verdict("Open Badges 3.0 (Data Integrity)", checks.All, await SummaryAsync(credential, resolved.Value.Issuer, cancellationToken));
    }

    // Hosted verification (OB 2.0): the assertion must be served by its issuer at its id, unchanged and not revoked.
    private async Task<Verdict> VerifyOb2AssertionAsync(JsonObject assertion, CancellationToken cancellationToken)
    {
        var checks = new VerificationChecks();
        var id = assertion["id"]?.GetValueKind() == JsonValueKind.String ? assertion["id"]!.GetValue<string>() : null;
        var publicId = id is not null && id.StartsWith(urls.Ob2Assertion(""), StringComparison.Ordinal) ? urls.PublicIdOf(id) : null;
        var credential = publicId is null ? null : await badges.CredentialAsync(publicId, cancellationToken);
        if (credential is null)
        {
            checks.Fail("Emittente", "L'asserzione non è ospitata da questa piattaforma: l'emittente non può essere verificato qui.");
            return new Verdict("Open Badges 2.0", checks.All, null);
        }

        var hosted = badges.Assertion(credential);
        if (credential.IsRevoked)
        {
            checks.Fail("Stato", "Il badge è stato revocato: {0}", credential.RevocationReason ?? "");
        }
        else if (JsonNode.DeepEquals(Comparable(hosted), Comparable(assertion)))
        {
            checks.Pass("Ospitato", "L'asserzione coincide con quella pubblicata dall'emittente (verifica ospitata).");
        }
        else
        {
            checks.Fail("Integrità", "L'asserzione differisce da quella pubblicata dall'emittente: è stata alterata.");
        }

        if (credential.IsExpired(time.GetUtcNow().UtcDateTime))
        {
            checks.Fail("Scadenza", "Il badge è scaduto.");
        }
        else if (!credential.IsRevoked)
        {
            checks.Pass("Scadenza", credential.ExpiresAt is null ? "Il badge non scade." : "Il badge è nel periodo di validità.");
        }

        return new Verdict("Open Badges 2.0", checks.All, await StoredSummaryAsync(credential, cancellationToken));
    }

    private static void CheckIssuer(VerificationChecks checks, JsonObject credential, string verificationMethod, Issuer issuer)
    {
        var did = verificationMethod.Split('#')[0];
        if (IssuerId(credential) == did)
        {
            checks.Pass("Emittente", "Emesso da {0} ({1}).", issuer.Name, did);
        }
        else
        {
            checks.Fail("Emittente", "L'emittente dichiarato nella credenziale non è il titolare della chiave che l'ha firmata.");
        }
    }

    private void CheckDates(VerificationChecks checks, JsonObject credential)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var from = Date(credential["validFrom"]);
        var until = Date(credential["validUntil"]);
        if (from is null)
        {
            checks.Fail("Validità", "La data di emissione (validFrom) manca o non è leggibile.");
        }
        else if (from > now.AddMinutes(5))
        {
            checks.Fail("Validità", "La credenziale non è ancora valida.");
        }
        else if (until is { } expires && expires <= now)
        {
            checks.Fail("Scadenza", "La credenziale è scaduta il {0:d}.", expires);
        }
        else
        {
            if (until is { } validUntil)
            {
                checks.Pass("Scadenza", "Valida fino al {0:d}.", validUntil);
            }
            else
            {
                checks.Pass("Scadenza", "La credenziale non scade.");
            }
        }
    }

    private async Task CheckStatusAsync(VerificationChecks checks, JsonObject credential, CancellationToken cancellationToken)
    {
        if (credential["credentialStatus"] is not JsonObject status)
        {
            checks.Fail("Stato", "La credenziale non indica dove verificarne la revoca.");
            return;
        }

        var listUrl = status["statusListCredential"]?.GetValueKind() == JsonValueKind.String ? status["statusListCredential"]!.GetValue<string>() : "";
        var slug = urls.SlugOfStatusList(listUrl);
        var indexText = status["statusListIndex"]?.GetValueKind() == JsonValueKind.String ? status["statusListIndex"]!.GetValue<string>() : null;
        if (slug is null || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            checks.Fail("Stato", "La lista di stato della credenziale non è di questa piattaforma o non è leggibile.");
            return;
        }

        // The bitstring as published (decoded from its encoded form), without signing a status-list credential per verification.
        var encoded = await badges.EncodedStatusListAsync(slug, cancellationToken);
        switch (encoded is null ? null : StatusList.IsSet(encoded, index))
        {
            case true:
                var reason = await db.Credentials.IgnoreQueryFilters().Where(c => c.StatusIndex == index && c.RevokedAt != null
                        && db.Issuers.IgnoreQueryFilters().Any(i => i.Id == c.IssuerId && i.Slug == slug))
                    .Select(c => c.RevocationReason).FirstOrDefaultAsync(cancellationToken);
                if (string.IsNullOrEmpty(reason))
                {
                    checks.Fail("Stato", "La credenziale è stata revocata.");
                }
                else
                {
                    checks.Fail("Stato", "La credenziale è stata revocata: {0}", reason);
                }

                break;
            case false:
                checks.Pass("Stato", "Non revocata (Bitstring Status List dell'emittente).");
                break;
            default:
                checks.Fail("Stato", "La lista di stato non è leggibile.");
                break;
        }
    }

    private async Task<BadgeSummary?> SummaryAsync(JsonObject credential, Issuer issuer, CancellationToken cancellationToken)
    {
        var id = credential["id"]?.GetValueKind() == JsonValueKind.String ? credential["id"]!.GetValue<string>() : null;
        var stored = id is not null && urls.PublicIdOf(id) is { } publicId ? await badges.CredentialAsync(publicId, cancellationToken) : null;
        return Summary(credential, stored is { IsPublic: true } ? stored.RecipientName : null, issuer);
    }

    private async Task<BadgeSummary?> StoredSummaryAsync(Credential credential, CancellationToken cancellationToken)
    {
        var found = await badges.AchievementAsync(credential.AchievementId, cancellationToken);
        return found is null
            ? null
            : new BadgeSummary(found.Value.Achievement.Name, found.Value.Achievement.Description, found.Value.Achievement.Criteria, found.Value.Issuer.Name,
                found.Value.Issuer.Url, credential.IssuedAt, credential.ExpiresAt, urls.BadgeImage(credential.AchievementId),
                credential.IsPublic ? credential.RecipientName : null);
    }

    private static BadgeSummary? Summary(JsonObject credential, string? recipientName, Issuer? issuer = null)
    {
        var achievement = credential["credentialSubject"]?["achievement"] as JsonObject;
        if (achievement is null)
        {
            return null;
        }

        return new BadgeSummary(Text(achievement["name"]) ?? "", Text(achievement["description"]) ?? "", Text(achievement["criteria"]?["narrative"]) ?? "",
            issuer?.Name ?? Text(credential["issuer"]?["name"]) ?? "", issuer?.Url, Date(credential["validFrom"]), Date(credential["validUntil"]),
            Text(achievement["image"]?["id"]), recipientName);
    }

    private static string? IssuerId(JsonObject credential) => credential["issuer"] switch
    {
        JsonObject profile => Text(profile["id"]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => null,
    };

    private static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    private static DateTime? Date(JsonNode? node) =>
        Text(node) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out var parsed) ? parsed : null;

    private static HashSet<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(Text).OfType<string>()],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    // Properties a backpack may add (its own display fields) are not the issuer's statements; compare what the issuer published.
    private static JsonObject Comparable(JsonObject assertion)
    {
        var copy = new JsonObject();
        foreach (var name in new[] { "id", "type", "recipient", "badge", "issuedOn", "expires", "verification" })
        {
            copy[name] = assertion[name]?.DeepClone();
        }

        return copy;
    }
}
