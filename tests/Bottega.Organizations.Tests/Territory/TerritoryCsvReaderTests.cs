using System.Text;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Territory;
using Xunit;

namespace Bottega.Organizations.Tests.Territory;

public sealed class TerritoryCsvReaderTests
{
    private const string Header =
        "Codice Regione;Codice dell'Unità territoriale sovracomunale (valida a fini statistici);Codice Comune formato alfanumerico;Denominazione in italiano;Denominazione Regione;Tipologia di Unità territoriale sovracomunale;Denominazione dell'Unità territoriale sovracomunale (valida a fini statistici);Sigla automobilistica";

    [Fact]
    public void Reads_rows_with_quoted_names_and_metropolitan_cities()
    {
        var rows = TerritoryCsvReader.Read(Encoding.UTF8.GetBytes(Header + "\n01;001;001001;\"Agliè\";Piemonte;3;Torino;TO\n"));

        var row = Assert.Single(rows);
        Assert.Equal("Agliè", row.MunicipalityName);
        Assert.Equal(OrganizationKind.MetropolitanCity, row.ProvinceKind);
    }

    [Fact]
    public void Reads_the_latin1_encoding_istat_publishes()
    {
        var rows = TerritoryCsvReader.Read(Encoding.Latin1.GetBytes(Header + "\n01;001;001001;Agliè;Piemonte;3;Torino;TO\n"));
        Assert.Equal("Agliè", Assert.Single(rows).MunicipalityName);
    }

    [Theory]
    [InlineData("01;001;12345;Nowhere;Piemonte;1;Torino;TO", "is not 6 digits")]
    [InlineData("1;001;001001;Agliè;Piemonte;1;Torino;TO", "is not 2 digits")]
    [InlineData("01;001;001001;;Piemonte;1;Torino;TO", "has no name")]
    public void Malformed_rows_are_reported_with_their_line(string line, string problem)
    {
        var error = Assert.Throws<TerritoryImportException>(() => TerritoryCsvReader.Read(Encoding.UTF8.GetBytes(Header + "\n" + line)));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_and_missing_columns_are_refused()
    {
        var duplicate = Header + "\n01;001;001001;A;Piemonte;1;Torino;TO\n01;001;001001;B;Piemonte;1;Torino;TO";
        Assert.Contains("appears twice", Assert.Throws<TerritoryImportException>(() => TerritoryCsvReader.Read(Encoding.UTF8.GetBytes(duplicate))).Message, StringComparison.Ordinal);
        Assert.Contains("Missing column", Assert.Throws<TerritoryImportException>(() => TerritoryCsvReader.Read(Encoding.UTF8.GetBytes("nome;codice\nA;1"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_dataset_holds_every_italian_municipality()
    {
        var rows = TerritoryCsvReader.Read(TerritoryImporter.EmbeddedDataset());

        Assert.Equal(7896, rows.Count);
        Assert.Equal(20, rows.Select(r => r.RegionCode).Distinct().Count());
        Assert.Equal(14, rows.Where(r => r.ProvinceKind == OrganizationKind.MetropolitanCity).Select(r => r.ProvinceCode).Distinct().Count());
        Assert.Contains(rows, r => r.MunicipalityCode == "058091" && r.MunicipalityName == "Roma");
    }
}
