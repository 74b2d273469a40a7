using System.ComponentModel.DataAnnotations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;

namespace Bottega.Organizations.Features.Networks;

public sealed class NetworkForm
{
    [Required(ErrorMessage = "Indica il nome della rete.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Il nome deve avere da 3 a 200 caratteri.")]
    [Display(Name = "Nome")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Indica l'indirizzo breve.")]
    [RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$", ErrorMessage = "Usa da 3 a 60 lettere minuscole, cifre o trattini.")]
    [Display(Name = "Indirizzo breve (slug)")]
    public string Slug { get; set; } = "";

    [StringLength(2000, ErrorMessage = "La descrizione può avere al massimo 2000 caratteri.")]
    [Display(Name = "Descrizione")]
    public string? Description { get; set; }

    [Display(Name = "Tipo di rete")]
    public NetworkKind Kind { get; set; } = NetworkKind.Association;

    [Display(Name = "Adesione delle persone")]
    public JoinPolicy JoinPolicy { get; set; } = JoinPolicy.Approval;

    [Range(0, 500, ErrorMessage = "L'obiettivo annuo deve essere tra 0 e 500 ore.")]
    [Display(Name = "Obiettivo annuo di ore di formazione per persona")]
    public int YearlyHoursTarget { get; set; } = Network.DefaultYearlyHoursTarget;
}
