using System.Text.Json.Nodes;
using Bottega.Credentials.Domain;

namespace Bottega.Credentials.Features.Formats;

/// <summary>The hosted Open Badges 2.0 documents: Assertion, BadgeClass, Issuer Profile and RevocationList.</summary>
internal sealed class Ob2Documents(CredentialUrls urls)
{
    public const string Context = "https://w3id.org/openbadges/v2";
    public const string ContentType = "application/ld+json";

    public JsonObject Assertion(Credential credential, string? organizationUrl)
    {
        var recipient = credential.RecipientKind == RecipientKind.Organization && organizationUrl is not null
            ? new JsonObject { ["type"] = "url", ["hashed"] = false, ["identity"] = organizationUrl }
            : new JsonObject { ["type"] = "email", ["hashed"] = true, ["salt"] = credential.IdentitySalt, ["identity"] = credential.IdentityHash };
        var assertion = new JsonObject
        {
            ["@context"] = Context,
            ["type"] = "Assertion",
            ["id"] = urls.Ob2Assertion(credential.PublicId),
            ["recipient"] = recipient,
            ["badge"] = urls.Ob2BadgeClass(credential.AchievementId),
            ["verification"] = new JsonObject { ["type"] = "hosted" },
            ["issuedOn"] = Dates.Iso(credential.IssuedAt),
            ["image"] = urls.Ob2Assertion(credential.PublicId) + "/image",
        };
        if (credential.ExpiresAt is { } expires)
        {
            assertion["expires"] = Dates.Iso(expires);
        }

        return assertion;
    }

    /// <summary>What a revoked assertion's URL answers, with 410 Gone.</summary>
    public JsonObject RevokedAssertion(Credential credential) => new()
    {
        ["@context"] = Context,
        ["id"] = urls.Ob2Assertion(credential.PublicId),
        ["revoked"] = true,
        ["revocationReason"] = credential.RevocationReason ?? "",
    };

    public JsonObject BadgeClass(Achievement achievement, Issuer issuer)
    {
        var badge = new JsonObject
        {
            ["@context"] = Context,
            ["type"] = "BadgeClass",
            ["id"] = urls.Ob2BadgeClass(achievement.Id),
            ["name"] = achievement.Name,
            ["description"] = achievement.Description,
            ["image"] = urls.BadgeImage(achievement.Id),
            ["criteria"] = new JsonObject { ["narrative"] = achievement.Criteria },
            ["issuer"] = urls.Ob2Issuer(issuer.Slug),
        };
        if (achievement.Alignments.Count > 0)
        {
            badge["alignment"] = new JsonArray([.. achievement.Alignments.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => (JsonNode)new JsonObject
            {
                ["targetName"] = a.Name,
                ["targetUrl"] = urls.Competence(a.CompetenceId),
                ["targetDescription"] = a.Description,
                ["targetFramework"] = a.Framework,
                ["targetCode"] = a.Code,
            })]);
        }

        return badge;
    }

    public JsonObject Profile(Issuer issuer)
    {
        var profile = new JsonObject
        {
            ["@context"] = Context,
            ["type"] = "Issuer",
            ["id"] = urls.Ob2Issuer(issuer.Slug),
            ["name"] = issuer.Name,
            ["url"] = issuer.Url,
            ["revocationList"] = urls.Ob2RevocationList(issuer.Slug),
        };
        if (!string.IsNullOrEmpty(issuer.Email))
        {
            profile["email"] = issuer.Email;
        }

        if (!string.IsNullOrEmpty(issuer.Description))
        {
            profile["description"] = issuer.Description;
        }

        if (issuer.ImageKey is not null)
        {
            profile["image"] = urls.Ob2Issuer(issuer.Slug) + "/image";
        }

        return profile;
    }

    public JsonObject RevocationList(Issuer issuer, IEnumerable<Credential> revoked) => new()
    {
        ["@context"] = Context,
        ["type"] = "RevocationList",
        ["id"] = urls.Ob2RevocationList(issuer.Slug),
        ["issuer"] = urls.Ob2Issuer(issuer.Slug),
        ["revokedAssertions"] = new JsonArray([.. revoked.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = urls.Ob2Assertion(c.PublicId),
            ["revocationReason"] = c.RevocationReason ?? "",
        })]),
    };
}
