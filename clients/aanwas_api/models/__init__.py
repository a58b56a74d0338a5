"""Contains all the data models used in inputs/outputs"""

from .add_afhandeling_doelbinding import AddAfhandelingDoelbinding
from .add_agendapunt_doelbinding import AddAgendapuntDoelbinding
from .add_antecedent_doelbinding import AddAntecedentDoelbinding
from .add_factor_doelbinding import AddFactorDoelbinding
from .add_groepsstap_doelbinding import AddGroepsstapDoelbinding
from .add_lid_doelbinding import AddLidDoelbinding
from .add_planactie_doelbinding import AddPlanactieDoelbinding
from .add_professioneel_oordeel_doelbinding import AddProfessioneelOordeelDoelbinding
from .add_uitkomst_doelbinding import AddUitkomstDoelbinding
from .afhandeling import Afhandeling
from .afhandeling_uitkomst import AfhandelingUitkomst
from .afschaling import Afschaling
from .afspraak import Afspraak
from .afspraak_nieuw import AfspraakNieuw
from .afspraak_nieuw_domein_type_0 import AfspraakNieuwDomeinType0
from .afspraak_nieuw_eigenaar import AfspraakNieuwEigenaar
from .agenda_signaal import AgendaSignaal
from .agendapunt import Agendapunt
from .agendapunt_nieuw import AgendapuntNieuw
from .antecedent import Antecedent
from .antecedent_lijst import AntecedentLijst
from .antecedent_nieuw import AntecedentNieuw
from .antecedent_nieuw_soort import AntecedentNieuwSoort
from .antecedent_nieuw_status import AntecedentNieuwStatus
from .antecedent_wijziging import AntecedentWijziging
from .antecedent_wijziging_status import AntecedentWijzigingStatus
from .antecedenten_samenvatting import AntecedentenSamenvatting
from .antecedenten_samenvatting_persoort import AntecedentenSamenvattingPersoort
from .audit_bijzonderheden import AuditBijzonderheden
from .audit_pagina import AuditPagina
from .audit_record_weergave import AuditRecordWeergave
from .audit_sleutel import AuditSleutel
from .autorisatie_server_metadata import AutorisatieServerMetadata
from .betrokkene import Betrokkene
from .betrokkene_contact import BetrokkeneContact
from .betrokkenen import Betrokkenen
from .buiten_kantoortijd import BuitenKantoortijd
from .bulk_item_resultaat import BulkItemResultaat
from .bulk_item_resultaat_probleem_type_0 import BulkItemResultaatProbleemType0
from .bulk_resultaat import BulkResultaat
from .casus import Casus
from .casus_lijst import CasusLijst
from .casus_nieuw import CasusNieuw
from .casus_regie import CasusRegie
from .casus_status import CasusStatus
from .casus_taak import CasusTaak
from .casus_taak_afhandeling import CasusTaakAfhandeling
from .casus_taak_status_type_0 import CasusTaakStatusType0
from .casus_wijziging import CasusWijziging
from .casusregisseur import Casusregisseur
from .checkpoint_bewijs import CheckpointBewijs
from .coach import Coach
from .coach_gegevens import CoachGegevens
from .coach_organisatie import CoachOrganisatie
from .contact import Contact
from .convenant import Convenant
from .convenant_beperkingen import ConvenantBeperkingen
from .convenant_categorieenperpartij import ConvenantCategorieenperpartij
from .convenant_lijst import ConvenantLijst
from .convenant_status import ConvenantStatus
from .convenant_voorwaardenperpartij import ConvenantVoorwaardenperpartij
from .correctieverzoek import Correctieverzoek
from .correctieverzoek_lijst import CorrectieverzoekLijst
from .correctieverzoek_nieuw import CorrectieverzoekNieuw
from .correctieverzoek_status import CorrectieverzoekStatus
from .create_afschaling_doelbinding import CreateAfschalingDoelbinding
from .create_casus_doelbinding import CreateCasusDoelbinding
from .create_correctieverzoek_doelbinding import CreateCorrectieverzoekDoelbinding
from .create_inzage_doelbinding import CreateInzageDoelbinding
from .create_inzage_formaat import CreateInzageFormaat
from .create_jeugdgroep_doelbinding import CreateJeugdgroepDoelbinding
from .create_jongere_doelbinding import CreateJongereDoelbinding
from .create_maatregel_doelbinding import CreateMaatregelDoelbinding
from .create_opschaling_doelbinding import CreateOpschalingDoelbinding
from .create_overleg_doelbinding import CreateOverlegDoelbinding
from .create_riec_antwoord_doelbinding import CreateRiecAntwoordDoelbinding
from .create_samenvoeging_doelbinding import CreateSamenvoegingDoelbinding
from .create_signaal_doelbinding import CreateSignaalDoelbinding
from .create_signalen_bulk_doelbinding import CreateSignalenBulkDoelbinding
from .create_sluiting_doelbinding import CreateSluitingDoelbinding
from .create_taak_afhandeling_doelbinding import CreateTaakAfhandelingDoelbinding
from .create_vernietiging_doelbinding import CreateVernietigingDoelbinding
from .delete_lid_doelbinding import DeleteLidDoelbinding
from .doelgroeptoets import Doelgroeptoets
from .doelgroeptoets_antecedenten_per_soort_type_0 import (
    DoelgroeptoetsAntecedentenPerSoortType0,
)
from .doelgroeptoets_route_type_0 import DoelgroeptoetsRouteType0
from .doelgroeptoets_uitkomst_type_0 import DoelgroeptoetsUitkomstType0
from .export_audit_doelbinding import ExportAuditDoelbinding
from .export_audit_formaat import ExportAuditFormaat
from .factor import Factor
from .factor_lijst import FactorLijst
from .factor_nieuw import FactorNieuw
from .factor_nieuw_domein import FactorNieuwDomein
from .factor_nieuw_indicator_type_0 import FactorNieuwIndicatorType0
from .factor_nieuw_indicator_type_1 import FactorNieuwIndicatorType1
from .factor_nieuw_soort import FactorNieuwSoort
from .gegeven import Gegeven
from .gegeven_gegevens import GegevenGegevens
from .get_audit_bijzonderheden_doelbinding import GetAuditBijzonderhedenDoelbinding
from .get_audit_sleutel_doelbinding import GetAuditSleutelDoelbinding
from .get_casus_doelbinding import GetCasusDoelbinding
from .get_doelgroeptoets_doelbinding import GetDoelgroeptoetsDoelbinding
from .get_inzage_doelbinding import GetInzageDoelbinding
from .get_inzage_formaat import GetInzageFormaat
from .get_jeugdgroep_doelbinding import GetJeugdgroepDoelbinding
from .get_jongere_doelbinding import GetJongereDoelbinding
from .get_overleg_doelbinding import GetOverlegDoelbinding
from .get_riec_melding_doelbinding import GetRiecMeldingDoelbinding
from .get_signaal_doelbinding import GetSignaalDoelbinding
from .groepsstap import Groepsstap
from .grondslag import Grondslag
from .inzage import Inzage
from .inzage_vraag import InzageVraag
from .item import Item
from .item_veld_type_0 import ItemVeldType0
from .jeugdgroep import Jeugdgroep
from .jeugdgroep_lijst import JeugdgroepLijst
from .jeugdgroep_nieuw import JeugdgroepNieuw
from .jongere import Jongere
from .jongere_correctie import JongereCorrectie
from .jongere_identiteit import JongereIdentiteit
from .jongere_nieuw import JongereNieuw
from .jongere_weergave import JongereWeergave
from .jongere_zoekvraag import JongereZoekvraag
from .json_web_key import JsonWebKey
from .json_web_key_set import JsonWebKeySet
from .lid import Lid
from .lid_nieuw import LidNieuw
from .list_antecedenten_doelbinding import ListAntecedentenDoelbinding
from .list_audit_beslissing_type_0 import ListAuditBeslissingType0
from .list_audit_doelbinding import ListAuditDoelbinding
from .list_audit_van_jongere_doelbinding import ListAuditVanJongereDoelbinding
from .list_betrokkenen_doelbinding import ListBetrokkenenDoelbinding
from .list_casussen_doelbinding import ListCasussenDoelbinding
from .list_casussen_status_type_0 import ListCasussenStatusType0
from .list_correctieverzoeken_doelbinding import ListCorrectieverzoekenDoelbinding
from .list_correctieverzoeken_status import ListCorrectieverzoekenStatus
from .list_correctieverzoeken_van_jongere_doelbinding import (
    ListCorrectieverzoekenVanJongereDoelbinding,
)
from .list_factoren_doelbinding import ListFactorenDoelbinding
from .list_jeugdgroepen_doelbinding import ListJeugdgroepenDoelbinding
from .list_maatregelen_doelbinding import ListMaatregelenDoelbinding
from .list_riec_meldingen_doelbinding import ListRiecMeldingenDoelbinding
from .list_riec_meldingen_status_type_0 import ListRiecMeldingenStatusType0
from .list_signalen_doelbinding import ListSignalenDoelbinding
from .list_signalen_van_jongere_doelbinding import ListSignalenVanJongereDoelbinding
from .maatregel import Maatregel
from .maatregel_lijst import MaatregelLijst
from .maatregel_nieuw import MaatregelNieuw
from .maatregel_nieuw_soort import MaatregelNieuwSoort
from .maatregel_nieuw_status import MaatregelNieuwStatus
from .maatregel_wijziging import MaatregelWijziging
from .maatregel_wijziging_status import MaatregelWijzigingStatus
from .nieuwe_casusregisseur import NieuweCasusregisseur
from .onderdeel import Onderdeel
from .ontvanger import Ontvanger
from .opschaling import Opschaling
from .opschaling_nieuw import OpschalingNieuw
from .opschaling_nieuw_soort import OpschalingNieuwSoort
from .organisatie import Organisatie
from .organisatie_lijst import OrganisatieLijst
from .overleg import Overleg
from .overleg_nieuw import OverlegNieuw
from .overleg_nieuw_soort import OverlegNieuwSoort
from .pand import Pand
from .pand_adres import PandAdres
from .pand_weergave import PandWeergave
from .perspectiefplan import Perspectiefplan
from .perspectiefplan_inhoud import PerspectiefplanInhoud
from .planactie import Planactie
from .planactie_nieuw import PlanactieNieuw
from .planactie_nieuw_domein import PlanactieNieuwDomein
from .planactie_nieuw_eigenaar import PlanactieNieuwEigenaar
from .planactie_wijziging import PlanactieWijziging
from .planactie_wijziging_status import PlanactieWijzigingStatus
from .problem import Problem
from .problem_invalid_params_item import ProblemInvalidParamsItem
from .professioneel_oordeel import ProfessioneelOordeel
from .professioneel_oordeel_nieuw import ProfessioneelOordeelNieuw
from .reden import Reden
from .reeks_weigeringen import ReeksWeigeringen
from .regisseur import Regisseur
from .revert_samenvoeging_doelbinding import RevertSamenvoegingDoelbinding
from .riec_antwoord import RiecAntwoord
from .riec_antwoord_nieuw import RiecAntwoordNieuw
from .riec_melding import RiecMelding
from .riec_melding_lijst import RiecMeldingLijst
from .riec_melding_status import RiecMeldingStatus
from .riec_vermogen import RiecVermogen
from .run_doelgroeptoets_doelbinding import RunDoelgroeptoetsDoelbinding
from .samenvoeging import Samenvoeging
from .samenvoeging_nieuw import SamenvoegingNieuw
from .search_jongere_doelbinding import SearchJongereDoelbinding
from .search_sluitingen_doelbinding import SearchSluitingenDoelbinding
from .set_perspectiefplan_doelbinding import SetPerspectiefplanDoelbinding
from .signaal import Signaal
from .signaal_categorie_lijst import SignaalCategorieLijst
from .signaal_categorie_nieuw import SignaalCategorieNieuw
from .signaal_categorie_versie_lijst import SignaalCategorieVersieLijst
from .signaal_categorie_versie_weergave import SignaalCategorieVersieWeergave
from .signaal_categorie_weergave import SignaalCategorieWeergave
from .signaal_categorie_wijziging import SignaalCategorieWijziging
from .signaal_lijst import SignaalLijst
from .signaal_nieuw import SignaalNieuw
from .signalen_bulk import SignalenBulk
from .signalen_bulk_signalen_item import SignalenBulkSignalenItem
from .sluiting_nieuw import SluitingNieuw
from .sluiting_nieuw_status import SluitingNieuwStatus
from .stap import Stap
from .stap_nieuw import StapNieuw
from .statusstap import Statusstap
from .statusstap_regie import StatusstapRegie
from .statuswijziging_nieuw import StatuswijzigingNieuw
from .statuswijziging_nieuw_status import StatuswijzigingNieuwStatus
from .steunfiguur import Steunfiguur
from .steunfiguur_gegevens import SteunfiguurGegevens
from .uitkomst import Uitkomst
from .uitkomst_nieuw import UitkomstNieuw
from .uitkomst_nieuw_soort import UitkomstNieuwSoort
from .update_antecedent_doelbinding import UpdateAntecedentDoelbinding
from .update_casusregisseur_doelbinding import UpdateCasusregisseurDoelbinding
from .update_casusstatus_doelbinding import UpdateCasusstatusDoelbinding
from .update_jongere_doelbinding import UpdateJongereDoelbinding
from .update_maatregel_doelbinding import UpdateMaatregelDoelbinding
from .update_planactie_doelbinding import UpdatePlanactieDoelbinding
from .update_riec_melding_doelbinding import UpdateRiecMeldingDoelbinding
from .veel_jongeren import VeelJongeren
from .verificatie import Verificatie
from .verificatie_eerste_breuk_type_0 import VerificatieEersteBreukType0
from .verificatie_problemen_item import VerificatieProblemenItem
from .verificatiesleutel import Verificatiesleutel
from .verify_audit_doelbinding import VerifyAuditDoelbinding
from .verify_audit_sinds_checkpoint_doelbinding import (
    VerifyAuditSindsCheckpointDoelbinding,
)
from .verlopen_convenant import VerlopenConvenant
from .vernietiging import Vernietiging
from .vernietiging_vraag import VernietigingVraag
from .verstrekking import Verstrekking
from .weigering import Weigering

__all__ = (
    "AddAfhandelingDoelbinding",
    "AddAgendapuntDoelbinding",
    "AddAntecedentDoelbinding",
    "AddFactorDoelbinding",
    "AddGroepsstapDoelbinding",
    "AddLidDoelbinding",
    "AddPlanactieDoelbinding",
    "AddProfessioneelOordeelDoelbinding",
    "AddUitkomstDoelbinding",
    "Afhandeling",
    "AfhandelingUitkomst",
    "Afschaling",
    "Afspraak",
    "AfspraakNieuw",
    "AfspraakNieuwDomeinType0",
    "AfspraakNieuwEigenaar",
    "Agendapunt",
    "AgendapuntNieuw",
    "AgendaSignaal",
    "Antecedent",
    "AntecedentenSamenvatting",
    "AntecedentenSamenvattingPersoort",
    "AntecedentLijst",
    "AntecedentNieuw",
    "AntecedentNieuwSoort",
    "AntecedentNieuwStatus",
    "AntecedentWijziging",
    "AntecedentWijzigingStatus",
    "AuditBijzonderheden",
    "AuditPagina",
    "AuditRecordWeergave",
    "AuditSleutel",
    "AutorisatieServerMetadata",
    "Betrokkene",
    "BetrokkeneContact",
    "Betrokkenen",
    "BuitenKantoortijd",
    "BulkItemResultaat",
    "BulkItemResultaatProbleemType0",
    "BulkResultaat",
    "Casus",
    "CasusLijst",
    "CasusNieuw",
    "CasusRegie",
    "Casusregisseur",
    "CasusStatus",
    "CasusTaak",
    "CasusTaakAfhandeling",
    "CasusTaakStatusType0",
    "CasusWijziging",
    "CheckpointBewijs",
    "Coach",
    "CoachGegevens",
    "CoachOrganisatie",
    "Contact",
    "Convenant",
    "ConvenantBeperkingen",
    "ConvenantCategorieenperpartij",
    "ConvenantLijst",
    "ConvenantStatus",
    "ConvenantVoorwaardenperpartij",
    "Correctieverzoek",
    "CorrectieverzoekLijst",
    "CorrectieverzoekNieuw",
    "CorrectieverzoekStatus",
    "CreateAfschalingDoelbinding",
    "CreateCasusDoelbinding",
    "CreateCorrectieverzoekDoelbinding",
    "CreateInzageDoelbinding",
    "CreateInzageFormaat",
    "CreateJeugdgroepDoelbinding",
    "CreateJongereDoelbinding",
    "CreateMaatregelDoelbinding",
    "CreateOpschalingDoelbinding",
    "CreateOverlegDoelbinding",
    "CreateRiecAntwoordDoelbinding",
    "CreateSamenvoegingDoelbinding",
    "CreateSignaalDoelbinding",
    "CreateSignalenBulkDoelbinding",
    "CreateSluitingDoelbinding",
    "CreateTaakAfhandelingDoelbinding",
    "CreateVernietigingDoelbinding",
    "DeleteLidDoelbinding",
    "Doelgroeptoets",
    "DoelgroeptoetsAntecedentenPerSoortType0",
    "DoelgroeptoetsRouteType0",
    "DoelgroeptoetsUitkomstType0",
    "ExportAuditDoelbinding",
    "ExportAuditFormaat",
    "Factor",
    "FactorLijst",
    "FactorNieuw",
    "FactorNieuwDomein",
    "FactorNieuwIndicatorType0",
    "FactorNieuwIndicatorType1",
    "FactorNieuwSoort",
    "Gegeven",
    "GegevenGegevens",
    "GetAuditBijzonderhedenDoelbinding",
    "GetAuditSleutelDoelbinding",
    "GetCasusDoelbinding",
    "GetDoelgroeptoetsDoelbinding",
    "GetInzageDoelbinding",
    "GetInzageFormaat",
    "GetJeugdgroepDoelbinding",
    "GetJongereDoelbinding",
    "GetOverlegDoelbinding",
    "GetRiecMeldingDoelbinding",
    "GetSignaalDoelbinding",
    "Groepsstap",
    "Grondslag",
    "Inzage",
    "InzageVraag",
    "Item",
    "ItemVeldType0",
    "Jeugdgroep",
    "JeugdgroepLijst",
    "JeugdgroepNieuw",
    "Jongere",
    "JongereCorrectie",
    "JongereIdentiteit",
    "JongereNieuw",
    "JongereWeergave",
    "JongereZoekvraag",
    "JsonWebKey",
    "JsonWebKeySet",
    "Lid",
    "LidNieuw",
    "ListAntecedentenDoelbinding",
    "ListAuditBeslissingType0",
    "ListAuditDoelbinding",
    "ListAuditVanJongereDoelbinding",
    "ListBetrokkenenDoelbinding",
    "ListCasussenDoelbinding",
    "ListCasussenStatusType0",
    "ListCorrectieverzoekenDoelbinding",
    "ListCorrectieverzoekenStatus",
    "ListCorrectieverzoekenVanJongereDoelbinding",
    "ListFactorenDoelbinding",
    "ListJeugdgroepenDoelbinding",
    "ListMaatregelenDoelbinding",
    "ListRiecMeldingenDoelbinding",
    "ListRiecMeldingenStatusType0",
    "ListSignalenDoelbinding",
    "ListSignalenVanJongereDoelbinding",
    "Maatregel",
    "MaatregelLijst",
    "MaatregelNieuw",
    "MaatregelNieuwSoort",
    "MaatregelNieuwStatus",
    "MaatregelWijziging",
    "MaatregelWijzigingStatus",
    "NieuweCasusregisseur",
    "Onderdeel",
    "Ontvanger",
    "Opschaling",
    "OpschalingNieuw",
    "OpschalingNieuwSoort",
    "Organisatie",
    "OrganisatieLijst",
    "Overleg",
    "OverlegNieuw",
    "OverlegNieuwSoort",
    "Pand",
    "PandAdres",
    "PandWeergave",
    "Perspectiefplan",
    "PerspectiefplanInhoud",
    "Planactie",
    "PlanactieNieuw",
    "PlanactieNieuwDomein",
    "PlanactieNieuwEigenaar",
    "PlanactieWijziging",
    "PlanactieWijzigingStatus",
    "Problem",
    "ProblemInvalidParamsItem",
    "ProfessioneelOordeel",
    "ProfessioneelOordeelNieuw",
    "Reden",
    "ReeksWeigeringen",
    "Regisseur",
    "RevertSamenvoegingDoelbinding",
    "RiecAntwoord",
    "RiecAntwoordNieuw",
    "RiecMelding",
    "RiecMeldingLijst",
    "RiecMeldingStatus",
    "RiecVermogen",
    "RunDoelgroeptoetsDoelbinding",
    "Samenvoeging",
    "SamenvoegingNieuw",
    "SearchJongereDoelbinding",
    "SearchSluitingenDoelbinding",
    "SetPerspectiefplanDoelbinding",
    "Signaal",
    "SignaalCategorieLijst",
    "SignaalCategorieNieuw",
    "SignaalCategorieVersieLijst",
    "SignaalCategorieVersieWeergave",
    "SignaalCategorieWeergave",
    "SignaalCategorieWijziging",
    "SignaalLijst",
    "SignaalNieuw",
    "SignalenBulk",
    "SignalenBulkSignalenItem",
    "SluitingNieuw",
    "SluitingNieuwStatus",
    "Stap",
    "StapNieuw",
    "Statusstap",
    "StatusstapRegie",
    "StatuswijzigingNieuw",
    "StatuswijzigingNieuwStatus",
    "Steunfiguur",
    "SteunfiguurGegevens",
    "Uitkomst",
    "UitkomstNieuw",
    "UitkomstNieuwSoort",
    "UpdateAntecedentDoelbinding",
    "UpdateCasusregisseurDoelbinding",
    "UpdateCasusstatusDoelbinding",
    "UpdateJongereDoelbinding",
    "UpdateMaatregelDoelbinding",
    "UpdatePlanactieDoelbinding",
    "UpdateRiecMeldingDoelbinding",
    "VeelJongeren",
    "Verificatie",
    "VerificatieEersteBreukType0",
    "VerificatieProblemenItem",
    "Verificatiesleutel",
    "VerifyAuditDoelbinding",
    "VerifyAuditSindsCheckpointDoelbinding",
    "VerlopenConvenant",
    "Vernietiging",
    "VernietigingVraag",
    "Verstrekking",
    "Weigering",
)
