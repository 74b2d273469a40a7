using System.ComponentModel.DataAnnotations;
using Bottega.Identity.Domain;

namespace Bottega.Identity.Features.Profiles;

public sealed class ProfileForm
{
    [Required(ErrorMessage = "Indica il nome.")]
    [StringLength(100, ErrorMessage = "Il nome può avere al massimo 100 caratteri.")]
    [Display(Name = "Nome")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Indica il cognome.")]
    [StringLength(100, ErrorMessage = "Il cognome può avere al massimo 100 caratteri.")]
    [Display(Name = "Cognome")]
    public string FamilyName { get; set; } = "";

    [Display(Name = "Ruolo")]
    public JobRole JobRole { get; set; } = JobRole.Employee;

    [StringLength(20)]
    [Display(Name = "Ente (codice ISTAT o codice IPA)")]
    public string? OrganizationCode { get; set; }

    [Display(Name = "Provincia")]
    public Guid? ProvinceId { get; set; }

    [StringLength(2000)]
    [Display(Name = "Competenze dichiarate (una per riga)")]
    public string? Competences { get; set; }
}
