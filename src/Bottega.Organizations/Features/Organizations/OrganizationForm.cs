using System.ComponentModel.DataAnnotations;
using Bottega.Organizations.Contracts;

namespace Bottega.Organizations.Features.Organizations;

/// <summary>An organization that is not in the territory list: a union of municipalities, an in-house company, another body.</summary>
public sealed class OrganizationForm
{
    [Required(ErrorMessage = "Indica il nome dell'ente.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Il nome deve avere da 3 a 200 caratteri.")]
    [Display(Name = "Nome")]
    public string Name { get; set; } = "";

    [Display(Name = "Tipo di ente")]
    public OrganizationKind Kind { get; set; } = OrganizationKind.UnionOfMunicipalities;

    [RegularExpression("^[A-Za-z0-9_]{2,20}$", ErrorMessage = "Il codice IPA ha da 2 a 20 lettere, cifre o trattini bassi.")]
    [Display(Name = "Codice IPA")]
    public string? IpaCode { get; set; }

    [Display(Name = "Codici ISTAT dei comuni aderenti (uno per riga o separati da virgola)")]
    [StringLength(20_000)]
    public string? MunicipalityCodes { get; set; }
}
