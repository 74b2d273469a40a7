using Bottega.Learning.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Files;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

/// <summary>A document form checked and completed: the metadata for the entity, its folded tags and known competences.</summary>
internal sealed record CheckedForm(DocumentMetadata Metadata, IReadOnlyList<string> Tags, IReadOnlyList<Guid> CompetenceIds);

/// <summary>
/// The rules of a document's metadata: a title, a collection of the network (a working group's only for its members),
/// the owner organization (the person's own, any member organization for admins) with its region, a working group
/// the person belongs to for group visibility.
/// </summary>
internal sealed class DocumentFormRules(LibraryDbContext db, IOrganizationDirectory organizations, INetworkDirectory networks, ILearningCatalogLookup catalog)
{
    public const int MaxTitle = 300;
    public const int MaxDescription = 5000;

    public async Task<(CheckedForm? Form, LibraryMessage? Error)> CheckAsync(LibraryActor actor, DocumentForm form, Guid? currentOwner, CancellationToken ct)
    {
        var title = form.Title?.Trim() ?? "";
        var description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        if (title.Length == 0)
        {
            return Refuse("Il titolo è obbligatorio.");
        }

        if (title.Length > MaxTitle || description?.Length > MaxDescription)
        {
            return Refuse("Il titolo può avere al massimo {0} caratteri e la descrizione {1}.", MaxTitle, MaxDescription);
        }

        if (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.Licence) || !Enum.IsDefined(form.Visibility))
        {
            return Refuse("Scegli tipo, licenza e visibilità tra quelli proposti.");
        }

        if (form.CollectionId is { } collectionId)
        {
            var collection = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == collectionId, ct);
            if (collection is null || (collection.WorkingGroupId is { } group && !actor.Viewer.GroupIds.Contains(group) && !actor.IsAdmin))
            {
                return Refuse("La raccolta scelta non esiste o non è disponibile.");
            }
        }

        Guid? groupId = null;
        if (form.Visibility == DocumentVisibility.WorkingGroup)
        {
            if (form.WorkingGroupId is not { } g || (!actor.Viewer.GroupIds.Contains(g) && !(actor.IsAdmin && await db.WorkingGroups.AnyAsync(w => w.Id == g, ct))))
            {
                return Refuse("Per la visibilità «gruppo di lavoro» scegli uno dei tuoi gruppi.");
            }

            groupId = g;
        }

        var owner = await OwnerAsync(actor, form.OwnerOrganizationId, currentOwner, ct);
        if (owner.Error is not null)
        {
            return (null, owner.Error);
        }

        if (form.Visibility == DocumentVisibility.Organization && owner.Id is null)
        {
            return Refuse("Un documento visibile solo all'ente deve avere un ente proprietario.");
        }

        var region = owner.Id is { } o ? (await organizations.FindAsync(o, ct))?.RegionId : null;
        var known = (await catalog.CompetencesAsync(actor.NetworkId, ct)).Select(c => c.Id).ToHashSet();
        var competences = (form.CompetenceIds ?? []).Where(known.Contains).Distinct().ToList();
        var metadata = new DocumentMetadata(title, description, form.Kind, form.CollectionId, owner.Id, region, form.Licence, form.Visibility, groupId);
        return (new CheckedForm(metadata, DocumentTags.Parse(form.Tags), competences), null);
    }

    // Members publish for their own organization; admins for any member organization of the network. An edit by someone
    // else than an admin keeps the current owner.
    private async Task<(Guid? Id, LibraryMessage? Error)> OwnerAsync(LibraryActor actor, Guid? requested, Guid? currentOwner, CancellationToken ct)
    {
        if (!actor.IsAdmin)
        {
            return (currentOwner ?? actor.Viewer.OrganizationId, null);
        }

        if (requested is not { } org)
        {
            return (null, null);
        }

        return await networks.IsActiveMemberOrganizationAsync(actor.NetworkId, org, ct)
            ? (org, null)
            : (null, new LibraryMessage("L'ente scelto non è un ente aderente alla rete."));
    }

    private static (CheckedForm?, LibraryMessage?) Refuse(string text, params object[] arguments) => (null, new LibraryMessage(text, arguments));
}
