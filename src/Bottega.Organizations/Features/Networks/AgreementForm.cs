using System.ComponentModel.DataAnnotations;
using Bottega.Organizations.Domain;

namespace Bottega.Organizations.Features.Networks;

public sealed class AgreementForm : IValidatableObject
{
    [Display(Name = "Codice ISTAT o codice IPA dell'ente")]
    [StringLength(20)]
    public string? Code { get; set; }

    [Display(Name = "Stato della convenzione")]
    public AgreementStatus Status { get; set; } = AgreementStatus.Active;

    [Range(0, 10_000_000, ErrorMessage = "La quota annua deve essere tra 0 e 10.000.000 euro.")]
    [Display(Name = "Quota annua (euro)")]
    public decimal AnnualFee { get; set; }

    [Required(ErrorMessage = "Indica la data di inizio.")]
    [Display(Name = "Inizio")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Fine")]
    public DateOnly? EndsOn { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is { } start && EndsOn is { } end && end < start)
        {
            yield return new ValidationResult("La fine non può precedere l'inizio.", [nameof(EndsOn)]);
        }
    }
}
