"""Contains all the data models used in inputs/outputs"""

from .add_signaal_categorie_response_400 import AddSignaalCategorieResponse400
from .add_signaal_categorie_response_400_invalid_params_item import (
    AddSignaalCategorieResponse400InvalidParamsItem,
)
from .add_signaal_categorie_response_401 import AddSignaalCategorieResponse401
from .add_signaal_categorie_response_401_invalid_params_item import (
    AddSignaalCategorieResponse401InvalidParamsItem,
)
from .add_signaal_categorie_response_403 import AddSignaalCategorieResponse403
from .add_signaal_categorie_response_403_invalid_params_item import (
    AddSignaalCategorieResponse403InvalidParamsItem,
)
from .add_signaal_categorie_response_409 import AddSignaalCategorieResponse409
from .add_signaal_categorie_response_409_invalid_params_item import (
    AddSignaalCategorieResponse409InvalidParamsItem,
)
from .add_signaal_categorie_response_503 import AddSignaalCategorieResponse503
from .add_signaal_categorie_response_503_invalid_params_item import (
    AddSignaalCategorieResponse503InvalidParamsItem,
)
from .afschaling import Afschaling
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
from .audit_pagina import AuditPagina
from .audit_pagina_items_item import AuditPaginaItemsItem
from .audit_sleutel_response_400 import AuditSleutelResponse400
from .audit_sleutel_response_400_invalid_params_item import (
    AuditSleutelResponse400InvalidParamsItem,
)
from .audit_sleutel_response_401 import AuditSleutelResponse401
from .audit_sleutel_response_401_invalid_params_item import (
    AuditSleutelResponse401InvalidParamsItem,
)
from .audit_sleutel_response_403 import AuditSleutelResponse403
from .audit_sleutel_response_403_invalid_params_item import (
    AuditSleutelResponse403InvalidParamsItem,
)
from .audit_sleutel_response_503 import AuditSleutelResponse503
from .audit_sleutel_response_503_invalid_params_item import (
    AuditSleutelResponse503InvalidParamsItem,
)
from .audit_sleutel_response_auditsleutel import AuditSleutelResponseAuditsleutel
from .betrokkene import Betrokkene
from .betrokkene_contact import BetrokkeneContact
from .betrokkenen import Betrokkenen
from .bijzonderheden_audit_response_400 import BijzonderhedenAuditResponse400
from .bijzonderheden_audit_response_400_invalid_params_item import (
    BijzonderhedenAuditResponse400InvalidParamsItem,
)
from .bijzonderheden_audit_response_401 import BijzonderhedenAuditResponse401
from .bijzonderheden_audit_response_401_invalid_params_item import (
    BijzonderhedenAuditResponse401InvalidParamsItem,
)
from .bijzonderheden_audit_response_403 import BijzonderhedenAuditResponse403
from .bijzonderheden_audit_response_403_invalid_params_item import (
    BijzonderhedenAuditResponse403InvalidParamsItem,
)
from .bijzonderheden_audit_response_503 import BijzonderhedenAuditResponse503
from .bijzonderheden_audit_response_503_invalid_params_item import (
    BijzonderhedenAuditResponse503InvalidParamsItem,
)
from .bijzonderheden_audit_response_bijzonderhedenaudit import (
    BijzonderhedenAuditResponseBijzonderhedenaudit,
)
from .bulk_item_resultaat import BulkItemResultaat
from .bulk_item_resultaat_probleem_type_0 import BulkItemResultaatProbleemType0
from .bulk_resultaat import BulkResultaat
from .casus import Casus
from .casus_lijst import CasusLijst
from .casus_nieuw import CasusNieuw
from .casus_status import CasusStatus
from .casus_wijziging import CasusWijziging
from .casusregisseur import Casusregisseur
from .change_signaal_categorie_response_400 import ChangeSignaalCategorieResponse400
from .change_signaal_categorie_response_400_invalid_params_item import (
    ChangeSignaalCategorieResponse400InvalidParamsItem,
)
from .change_signaal_categorie_response_401 import ChangeSignaalCategorieResponse401
from .change_signaal_categorie_response_401_invalid_params_item import (
    ChangeSignaalCategorieResponse401InvalidParamsItem,
)
from .change_signaal_categorie_response_403 import ChangeSignaalCategorieResponse403
from .change_signaal_categorie_response_403_invalid_params_item import (
    ChangeSignaalCategorieResponse403InvalidParamsItem,
)
from .change_signaal_categorie_response_404 import ChangeSignaalCategorieResponse404
from .change_signaal_categorie_response_404_invalid_params_item import (
    ChangeSignaalCategorieResponse404InvalidParamsItem,
)
from .change_signaal_categorie_response_503 import ChangeSignaalCategorieResponse503
from .change_signaal_categorie_response_503_invalid_params_item import (
    ChangeSignaalCategorieResponse503InvalidParamsItem,
)
from .checkpoint_bewijs import CheckpointBewijs
from .contact import Contact
from .convenant import Convenant
from .convenant_beperkingen import ConvenantBeperkingen
from .convenant_categorieenperpartij import ConvenantCategorieenperpartij
from .convenant_lijst import ConvenantLijst
from .convenant_status import ConvenantStatus
from .corrigeer_jongere_response_400 import CorrigeerJongereResponse400
from .corrigeer_jongere_response_400_invalid_params_item import (
    CorrigeerJongereResponse400InvalidParamsItem,
)
from .corrigeer_jongere_response_401 import CorrigeerJongereResponse401
from .corrigeer_jongere_response_401_invalid_params_item import (
    CorrigeerJongereResponse401InvalidParamsItem,
)
from .corrigeer_jongere_response_403 import CorrigeerJongereResponse403
from .corrigeer_jongere_response_403_invalid_params_item import (
    CorrigeerJongereResponse403InvalidParamsItem,
)
from .corrigeer_jongere_response_404 import CorrigeerJongereResponse404
from .corrigeer_jongere_response_404_invalid_params_item import (
    CorrigeerJongereResponse404InvalidParamsItem,
)
from .corrigeer_jongere_response_503 import CorrigeerJongereResponse503
from .corrigeer_jongere_response_503_invalid_params_item import (
    CorrigeerJongereResponse503InvalidParamsItem,
)
from .doe_doelgroeptoets_response_400 import DoeDoelgroeptoetsResponse400
from .doe_doelgroeptoets_response_400_invalid_params_item import (
    DoeDoelgroeptoetsResponse400InvalidParamsItem,
)
from .doe_doelgroeptoets_response_401 import DoeDoelgroeptoetsResponse401
from .doe_doelgroeptoets_response_401_invalid_params_item import (
    DoeDoelgroeptoetsResponse401InvalidParamsItem,
)
from .doe_doelgroeptoets_response_403 import DoeDoelgroeptoetsResponse403
from .doe_doelgroeptoets_response_403_invalid_params_item import (
    DoeDoelgroeptoetsResponse403InvalidParamsItem,
)
from .doe_doelgroeptoets_response_404 import DoeDoelgroeptoetsResponse404
from .doe_doelgroeptoets_response_404_invalid_params_item import (
    DoeDoelgroeptoetsResponse404InvalidParamsItem,
)
from .doe_doelgroeptoets_response_503 import DoeDoelgroeptoetsResponse503
from .doe_doelgroeptoets_response_503_invalid_params_item import (
    DoeDoelgroeptoetsResponse503InvalidParamsItem,
)
from .doelgroeptoets import Doelgroeptoets
from .doelgroeptoets_antecedenten_per_soort_type_0 import (
    DoelgroeptoetsAntecedentenPerSoortType0,
)
from .doelgroeptoets_uitkomst_type_0 import DoelgroeptoetsUitkomstType0
from .draai_samenvoeging_terug_response_400 import DraaiSamenvoegingTerugResponse400
from .draai_samenvoeging_terug_response_400_invalid_params_item import (
    DraaiSamenvoegingTerugResponse400InvalidParamsItem,
)
from .draai_samenvoeging_terug_response_401 import DraaiSamenvoegingTerugResponse401
from .draai_samenvoeging_terug_response_401_invalid_params_item import (
    DraaiSamenvoegingTerugResponse401InvalidParamsItem,
)
from .draai_samenvoeging_terug_response_403 import DraaiSamenvoegingTerugResponse403
from .draai_samenvoeging_terug_response_403_invalid_params_item import (
    DraaiSamenvoegingTerugResponse403InvalidParamsItem,
)
from .draai_samenvoeging_terug_response_404 import DraaiSamenvoegingTerugResponse404
from .draai_samenvoeging_terug_response_404_invalid_params_item import (
    DraaiSamenvoegingTerugResponse404InvalidParamsItem,
)
from .draai_samenvoeging_terug_response_409 import DraaiSamenvoegingTerugResponse409
from .draai_samenvoeging_terug_response_409_invalid_params_item import (
    DraaiSamenvoegingTerugResponse409InvalidParamsItem,
)
from .draai_samenvoeging_terug_response_503 import DraaiSamenvoegingTerugResponse503
from .draai_samenvoeging_terug_response_503_invalid_params_item import (
    DraaiSamenvoegingTerugResponse503InvalidParamsItem,
)
from .exporteer_audit_formaat import ExporteerAuditFormaat
from .exporteer_audit_response_400 import ExporteerAuditResponse400
from .exporteer_audit_response_400_invalid_params_item import (
    ExporteerAuditResponse400InvalidParamsItem,
)
from .exporteer_audit_response_401 import ExporteerAuditResponse401
from .exporteer_audit_response_401_invalid_params_item import (
    ExporteerAuditResponse401InvalidParamsItem,
)
from .exporteer_audit_response_403 import ExporteerAuditResponse403
from .exporteer_audit_response_403_invalid_params_item import (
    ExporteerAuditResponse403InvalidParamsItem,
)
from .exporteer_audit_response_503 import ExporteerAuditResponse503
from .exporteer_audit_response_503_invalid_params_item import (
    ExporteerAuditResponse503InvalidParamsItem,
)
from .factor import Factor
from .factor_lijst import FactorLijst
from .factor_nieuw import FactorNieuw
from .factor_nieuw_domein import FactorNieuwDomein
from .factor_nieuw_indicator_type_0 import FactorNieuwIndicatorType0
from .factor_nieuw_indicator_type_1 import FactorNieuwIndicatorType1
from .factor_nieuw_soort import FactorNieuwSoort
from .get_casus_response_400 import GetCasusResponse400
from .get_casus_response_400_invalid_params_item import (
    GetCasusResponse400InvalidParamsItem,
)
from .get_casus_response_401 import GetCasusResponse401
from .get_casus_response_401_invalid_params_item import (
    GetCasusResponse401InvalidParamsItem,
)
from .get_casus_response_403 import GetCasusResponse403
from .get_casus_response_403_invalid_params_item import (
    GetCasusResponse403InvalidParamsItem,
)
from .get_casus_response_404 import GetCasusResponse404
from .get_casus_response_404_invalid_params_item import (
    GetCasusResponse404InvalidParamsItem,
)
from .get_casus_response_503 import GetCasusResponse503
from .get_casus_response_503_invalid_params_item import (
    GetCasusResponse503InvalidParamsItem,
)
from .get_convenant_response_400 import GetConvenantResponse400
from .get_convenant_response_400_invalid_params_item import (
    GetConvenantResponse400InvalidParamsItem,
)
from .get_convenant_response_401 import GetConvenantResponse401
from .get_convenant_response_401_invalid_params_item import (
    GetConvenantResponse401InvalidParamsItem,
)
from .get_convenant_response_404 import GetConvenantResponse404
from .get_convenant_response_404_invalid_params_item import (
    GetConvenantResponse404InvalidParamsItem,
)
from .get_convenant_response_503 import GetConvenantResponse503
from .get_convenant_response_503_invalid_params_item import (
    GetConvenantResponse503InvalidParamsItem,
)
from .get_doelgroeptoets_response_400 import GetDoelgroeptoetsResponse400
from .get_doelgroeptoets_response_400_invalid_params_item import (
    GetDoelgroeptoetsResponse400InvalidParamsItem,
)
from .get_doelgroeptoets_response_401 import GetDoelgroeptoetsResponse401
from .get_doelgroeptoets_response_401_invalid_params_item import (
    GetDoelgroeptoetsResponse401InvalidParamsItem,
)
from .get_doelgroeptoets_response_403 import GetDoelgroeptoetsResponse403
from .get_doelgroeptoets_response_403_invalid_params_item import (
    GetDoelgroeptoetsResponse403InvalidParamsItem,
)
from .get_doelgroeptoets_response_404 import GetDoelgroeptoetsResponse404
from .get_doelgroeptoets_response_404_invalid_params_item import (
    GetDoelgroeptoetsResponse404InvalidParamsItem,
)
from .get_doelgroeptoets_response_503 import GetDoelgroeptoetsResponse503
from .get_doelgroeptoets_response_503_invalid_params_item import (
    GetDoelgroeptoetsResponse503InvalidParamsItem,
)
from .get_jeugdgroep_response_400 import GetJeugdgroepResponse400
from .get_jeugdgroep_response_400_invalid_params_item import (
    GetJeugdgroepResponse400InvalidParamsItem,
)
from .get_jeugdgroep_response_401 import GetJeugdgroepResponse401
from .get_jeugdgroep_response_401_invalid_params_item import (
    GetJeugdgroepResponse401InvalidParamsItem,
)
from .get_jeugdgroep_response_403 import GetJeugdgroepResponse403
from .get_jeugdgroep_response_403_invalid_params_item import (
    GetJeugdgroepResponse403InvalidParamsItem,
)
from .get_jeugdgroep_response_404 import GetJeugdgroepResponse404
from .get_jeugdgroep_response_404_invalid_params_item import (
    GetJeugdgroepResponse404InvalidParamsItem,
)
from .get_jeugdgroep_response_503 import GetJeugdgroepResponse503
from .get_jeugdgroep_response_503_invalid_params_item import (
    GetJeugdgroepResponse503InvalidParamsItem,
)
from .get_jongere_response_400 import GetJongereResponse400
from .get_jongere_response_400_invalid_params_item import (
    GetJongereResponse400InvalidParamsItem,
)
from .get_jongere_response_401 import GetJongereResponse401
from .get_jongere_response_401_invalid_params_item import (
    GetJongereResponse401InvalidParamsItem,
)
from .get_jongere_response_403 import GetJongereResponse403
from .get_jongere_response_403_invalid_params_item import (
    GetJongereResponse403InvalidParamsItem,
)
from .get_jongere_response_404 import GetJongereResponse404
from .get_jongere_response_404_invalid_params_item import (
    GetJongereResponse404InvalidParamsItem,
)
from .get_jongere_response_503 import GetJongereResponse503
from .get_jongere_response_503_invalid_params_item import (
    GetJongereResponse503InvalidParamsItem,
)
from .get_overleg_response_400 import GetOverlegResponse400
from .get_overleg_response_400_invalid_params_item import (
    GetOverlegResponse400InvalidParamsItem,
)
from .get_overleg_response_401 import GetOverlegResponse401
from .get_overleg_response_401_invalid_params_item import (
    GetOverlegResponse401InvalidParamsItem,
)
from .get_overleg_response_403 import GetOverlegResponse403
from .get_overleg_response_403_invalid_params_item import (
    GetOverlegResponse403InvalidParamsItem,
)
from .get_overleg_response_404 import GetOverlegResponse404
from .get_overleg_response_404_invalid_params_item import (
    GetOverlegResponse404InvalidParamsItem,
)
from .get_overleg_response_503 import GetOverlegResponse503
from .get_overleg_response_503_invalid_params_item import (
    GetOverlegResponse503InvalidParamsItem,
)
from .get_signaal_response_400 import GetSignaalResponse400
from .get_signaal_response_400_invalid_params_item import (
    GetSignaalResponse400InvalidParamsItem,
)
from .get_signaal_response_401 import GetSignaalResponse401
from .get_signaal_response_401_invalid_params_item import (
    GetSignaalResponse401InvalidParamsItem,
)
from .get_signaal_response_403 import GetSignaalResponse403
from .get_signaal_response_403_invalid_params_item import (
    GetSignaalResponse403InvalidParamsItem,
)
from .get_signaal_response_404 import GetSignaalResponse404
from .get_signaal_response_404_invalid_params_item import (
    GetSignaalResponse404InvalidParamsItem,
)
from .get_signaal_response_503 import GetSignaalResponse503
from .get_signaal_response_503_invalid_params_item import (
    GetSignaalResponse503InvalidParamsItem,
)
from .jeugdgroep import Jeugdgroep
from .jeugdgroep_lijst import JeugdgroepLijst
from .jeugdgroep_nieuw import JeugdgroepNieuw
from .jongere import Jongere
from .jongere_correctie import JongereCorrectie
from .jongere_identiteit import JongereIdentiteit
from .jongere_nieuw import JongereNieuw
from .jongere_weergave import JongereWeergave
from .jongere_zoekvraag import JongereZoekvraag
from .leg_maatregel_op_response_400 import LegMaatregelOpResponse400
from .leg_maatregel_op_response_400_invalid_params_item import (
    LegMaatregelOpResponse400InvalidParamsItem,
)
from .leg_maatregel_op_response_401 import LegMaatregelOpResponse401
from .leg_maatregel_op_response_401_invalid_params_item import (
    LegMaatregelOpResponse401InvalidParamsItem,
)
from .leg_maatregel_op_response_403 import LegMaatregelOpResponse403
from .leg_maatregel_op_response_403_invalid_params_item import (
    LegMaatregelOpResponse403InvalidParamsItem,
)
from .leg_maatregel_op_response_404 import LegMaatregelOpResponse404
from .leg_maatregel_op_response_404_invalid_params_item import (
    LegMaatregelOpResponse404InvalidParamsItem,
)
from .leg_maatregel_op_response_503 import LegMaatregelOpResponse503
from .leg_maatregel_op_response_503_invalid_params_item import (
    LegMaatregelOpResponse503InvalidParamsItem,
)
from .lid import Lid
from .lid_nieuw import LidNieuw
from .list_antecedenten_response_400 import ListAntecedentenResponse400
from .list_antecedenten_response_400_invalid_params_item import (
    ListAntecedentenResponse400InvalidParamsItem,
)
from .list_antecedenten_response_401 import ListAntecedentenResponse401
from .list_antecedenten_response_401_invalid_params_item import (
    ListAntecedentenResponse401InvalidParamsItem,
)
from .list_antecedenten_response_403 import ListAntecedentenResponse403
from .list_antecedenten_response_403_invalid_params_item import (
    ListAntecedentenResponse403InvalidParamsItem,
)
from .list_antecedenten_response_404 import ListAntecedentenResponse404
from .list_antecedenten_response_404_invalid_params_item import (
    ListAntecedentenResponse404InvalidParamsItem,
)
from .list_antecedenten_response_503 import ListAntecedentenResponse503
from .list_antecedenten_response_503_invalid_params_item import (
    ListAntecedentenResponse503InvalidParamsItem,
)
from .list_audit_beslissing_type_0 import ListAuditBeslissingType0
from .list_audit_response_400 import ListAuditResponse400
from .list_audit_response_400_invalid_params_item import (
    ListAuditResponse400InvalidParamsItem,
)
from .list_audit_response_401 import ListAuditResponse401
from .list_audit_response_401_invalid_params_item import (
    ListAuditResponse401InvalidParamsItem,
)
from .list_audit_response_403 import ListAuditResponse403
from .list_audit_response_403_invalid_params_item import (
    ListAuditResponse403InvalidParamsItem,
)
from .list_audit_response_503 import ListAuditResponse503
from .list_audit_response_503_invalid_params_item import (
    ListAuditResponse503InvalidParamsItem,
)
from .list_audit_van_jongere_response_400 import ListAuditVanJongereResponse400
from .list_audit_van_jongere_response_400_invalid_params_item import (
    ListAuditVanJongereResponse400InvalidParamsItem,
)
from .list_audit_van_jongere_response_401 import ListAuditVanJongereResponse401
from .list_audit_van_jongere_response_401_invalid_params_item import (
    ListAuditVanJongereResponse401InvalidParamsItem,
)
from .list_audit_van_jongere_response_403 import ListAuditVanJongereResponse403
from .list_audit_van_jongere_response_403_invalid_params_item import (
    ListAuditVanJongereResponse403InvalidParamsItem,
)
from .list_audit_van_jongere_response_503 import ListAuditVanJongereResponse503
from .list_audit_van_jongere_response_503_invalid_params_item import (
    ListAuditVanJongereResponse503InvalidParamsItem,
)
from .list_betrokkenen_response_400 import ListBetrokkenenResponse400
from .list_betrokkenen_response_400_invalid_params_item import (
    ListBetrokkenenResponse400InvalidParamsItem,
)
from .list_betrokkenen_response_401 import ListBetrokkenenResponse401
from .list_betrokkenen_response_401_invalid_params_item import (
    ListBetrokkenenResponse401InvalidParamsItem,
)
from .list_betrokkenen_response_403 import ListBetrokkenenResponse403
from .list_betrokkenen_response_403_invalid_params_item import (
    ListBetrokkenenResponse403InvalidParamsItem,
)
from .list_betrokkenen_response_503 import ListBetrokkenenResponse503
from .list_betrokkenen_response_503_invalid_params_item import (
    ListBetrokkenenResponse503InvalidParamsItem,
)
from .list_casussen_response_400 import ListCasussenResponse400
from .list_casussen_response_400_invalid_params_item import (
    ListCasussenResponse400InvalidParamsItem,
)
from .list_casussen_response_401 import ListCasussenResponse401
from .list_casussen_response_401_invalid_params_item import (
    ListCasussenResponse401InvalidParamsItem,
)
from .list_casussen_response_403 import ListCasussenResponse403
from .list_casussen_response_403_invalid_params_item import (
    ListCasussenResponse403InvalidParamsItem,
)
from .list_casussen_response_503 import ListCasussenResponse503
from .list_casussen_response_503_invalid_params_item import (
    ListCasussenResponse503InvalidParamsItem,
)
from .list_casussen_status_type_0 import ListCasussenStatusType0
from .list_convenanten_response_401 import ListConvenantenResponse401
from .list_convenanten_response_401_invalid_params_item import (
    ListConvenantenResponse401InvalidParamsItem,
)
from .list_convenanten_response_503 import ListConvenantenResponse503
from .list_convenanten_response_503_invalid_params_item import (
    ListConvenantenResponse503InvalidParamsItem,
)
from .list_factoren_response_400 import ListFactorenResponse400
from .list_factoren_response_400_invalid_params_item import (
    ListFactorenResponse400InvalidParamsItem,
)
from .list_factoren_response_401 import ListFactorenResponse401
from .list_factoren_response_401_invalid_params_item import (
    ListFactorenResponse401InvalidParamsItem,
)
from .list_factoren_response_403 import ListFactorenResponse403
from .list_factoren_response_403_invalid_params_item import (
    ListFactorenResponse403InvalidParamsItem,
)
from .list_factoren_response_404 import ListFactorenResponse404
from .list_factoren_response_404_invalid_params_item import (
    ListFactorenResponse404InvalidParamsItem,
)
from .list_factoren_response_503 import ListFactorenResponse503
from .list_factoren_response_503_invalid_params_item import (
    ListFactorenResponse503InvalidParamsItem,
)
from .list_jeugdgroepen_response_400 import ListJeugdgroepenResponse400
from .list_jeugdgroepen_response_400_invalid_params_item import (
    ListJeugdgroepenResponse400InvalidParamsItem,
)
from .list_jeugdgroepen_response_401 import ListJeugdgroepenResponse401
from .list_jeugdgroepen_response_401_invalid_params_item import (
    ListJeugdgroepenResponse401InvalidParamsItem,
)
from .list_jeugdgroepen_response_403 import ListJeugdgroepenResponse403
from .list_jeugdgroepen_response_403_invalid_params_item import (
    ListJeugdgroepenResponse403InvalidParamsItem,
)
from .list_jeugdgroepen_response_503 import ListJeugdgroepenResponse503
from .list_jeugdgroepen_response_503_invalid_params_item import (
    ListJeugdgroepenResponse503InvalidParamsItem,
)
from .list_maatregelen_response_400 import ListMaatregelenResponse400
from .list_maatregelen_response_400_invalid_params_item import (
    ListMaatregelenResponse400InvalidParamsItem,
)
from .list_maatregelen_response_401 import ListMaatregelenResponse401
from .list_maatregelen_response_401_invalid_params_item import (
    ListMaatregelenResponse401InvalidParamsItem,
)
from .list_maatregelen_response_403 import ListMaatregelenResponse403
from .list_maatregelen_response_403_invalid_params_item import (
    ListMaatregelenResponse403InvalidParamsItem,
)
from .list_maatregelen_response_404 import ListMaatregelenResponse404
from .list_maatregelen_response_404_invalid_params_item import (
    ListMaatregelenResponse404InvalidParamsItem,
)
from .list_maatregelen_response_503 import ListMaatregelenResponse503
from .list_maatregelen_response_503_invalid_params_item import (
    ListMaatregelenResponse503InvalidParamsItem,
)
from .list_organisaties_response_401 import ListOrganisatiesResponse401
from .list_organisaties_response_401_invalid_params_item import (
    ListOrganisatiesResponse401InvalidParamsItem,
)
from .list_organisaties_response_503 import ListOrganisatiesResponse503
from .list_organisaties_response_503_invalid_params_item import (
    ListOrganisatiesResponse503InvalidParamsItem,
)
from .list_signaal_categorieen_response_401 import ListSignaalCategorieenResponse401
from .list_signaal_categorieen_response_401_invalid_params_item import (
    ListSignaalCategorieenResponse401InvalidParamsItem,
)
from .list_signalen_response_400 import ListSignalenResponse400
from .list_signalen_response_400_invalid_params_item import (
    ListSignalenResponse400InvalidParamsItem,
)
from .list_signalen_response_401 import ListSignalenResponse401
from .list_signalen_response_401_invalid_params_item import (
    ListSignalenResponse401InvalidParamsItem,
)
from .list_signalen_response_403 import ListSignalenResponse403
from .list_signalen_response_403_invalid_params_item import (
    ListSignalenResponse403InvalidParamsItem,
)
from .list_signalen_response_503 import ListSignalenResponse503
from .list_signalen_response_503_invalid_params_item import (
    ListSignalenResponse503InvalidParamsItem,
)
from .list_signalen_van_jongere_response_400 import ListSignalenVanJongereResponse400
from .list_signalen_van_jongere_response_400_invalid_params_item import (
    ListSignalenVanJongereResponse400InvalidParamsItem,
)
from .list_signalen_van_jongere_response_401 import ListSignalenVanJongereResponse401
from .list_signalen_van_jongere_response_401_invalid_params_item import (
    ListSignalenVanJongereResponse401InvalidParamsItem,
)
from .list_signalen_van_jongere_response_403 import ListSignalenVanJongereResponse403
from .list_signalen_van_jongere_response_403_invalid_params_item import (
    ListSignalenVanJongereResponse403InvalidParamsItem,
)
from .list_signalen_van_jongere_response_404 import ListSignalenVanJongereResponse404
from .list_signalen_van_jongere_response_404_invalid_params_item import (
    ListSignalenVanJongereResponse404InvalidParamsItem,
)
from .list_signalen_van_jongere_response_503 import ListSignalenVanJongereResponse503
from .list_signalen_van_jongere_response_503_invalid_params_item import (
    ListSignalenVanJongereResponse503InvalidParamsItem,
)
from .maak_jeugdgroep_response_400 import MaakJeugdgroepResponse400
from .maak_jeugdgroep_response_400_invalid_params_item import (
    MaakJeugdgroepResponse400InvalidParamsItem,
)
from .maak_jeugdgroep_response_401 import MaakJeugdgroepResponse401
from .maak_jeugdgroep_response_401_invalid_params_item import (
    MaakJeugdgroepResponse401InvalidParamsItem,
)
from .maak_jeugdgroep_response_403 import MaakJeugdgroepResponse403
from .maak_jeugdgroep_response_403_invalid_params_item import (
    MaakJeugdgroepResponse403InvalidParamsItem,
)
from .maak_jeugdgroep_response_503 import MaakJeugdgroepResponse503
from .maak_jeugdgroep_response_503_invalid_params_item import (
    MaakJeugdgroepResponse503InvalidParamsItem,
)
from .maatregel import Maatregel
from .maatregel_lijst import MaatregelLijst
from .maatregel_nieuw import MaatregelNieuw
from .maatregel_nieuw_soort import MaatregelNieuwSoort
from .maatregel_nieuw_status import MaatregelNieuwStatus
from .maatregel_wijziging import MaatregelWijziging
from .maatregel_wijziging_status_type_0 import MaatregelWijzigingStatusType0
from .open_casus_response_400 import OpenCasusResponse400
from .open_casus_response_400_invalid_params_item import (
    OpenCasusResponse400InvalidParamsItem,
)
from .open_casus_response_401 import OpenCasusResponse401
from .open_casus_response_401_invalid_params_item import (
    OpenCasusResponse401InvalidParamsItem,
)
from .open_casus_response_403 import OpenCasusResponse403
from .open_casus_response_403_invalid_params_item import (
    OpenCasusResponse403InvalidParamsItem,
)
from .open_casus_response_404 import OpenCasusResponse404
from .open_casus_response_404_invalid_params_item import (
    OpenCasusResponse404InvalidParamsItem,
)
from .open_casus_response_409 import OpenCasusResponse409
from .open_casus_response_409_invalid_params_item import (
    OpenCasusResponse409InvalidParamsItem,
)
from .open_casus_response_503 import OpenCasusResponse503
from .open_casus_response_503_invalid_params_item import (
    OpenCasusResponse503InvalidParamsItem,
)
from .opschaling import Opschaling
from .opschaling_nieuw import OpschalingNieuw
from .opschaling_nieuw_soort import OpschalingNieuwSoort
from .organisatie import Organisatie
from .organisatie_lijst import OrganisatieLijst
from .overleg import Overleg
from .overleg_nieuw import OverlegNieuw
from .overleg_nieuw_soort import OverlegNieuwSoort
from .perspectiefplan import Perspectiefplan
from .perspectiefplan_inhoud import PerspectiefplanInhoud
from .plan_overleg_response_400 import PlanOverlegResponse400
from .plan_overleg_response_400_invalid_params_item import (
    PlanOverlegResponse400InvalidParamsItem,
)
from .plan_overleg_response_401 import PlanOverlegResponse401
from .plan_overleg_response_401_invalid_params_item import (
    PlanOverlegResponse401InvalidParamsItem,
)
from .plan_overleg_response_403 import PlanOverlegResponse403
from .plan_overleg_response_403_invalid_params_item import (
    PlanOverlegResponse403InvalidParamsItem,
)
from .plan_overleg_response_503 import PlanOverlegResponse503
from .plan_overleg_response_503_invalid_params_item import (
    PlanOverlegResponse503InvalidParamsItem,
)
from .planactie import Planactie
from .planactie_nieuw import PlanactieNieuw
from .planactie_nieuw_domein import PlanactieNieuwDomein
from .planactie_nieuw_eigenaar import PlanactieNieuwEigenaar
from .planactie_wijziging import PlanactieWijziging
from .planactie_wijziging_status import PlanactieWijzigingStatus
from .push_signaal_response_400 import PushSignaalResponse400
from .push_signaal_response_400_invalid_params_item import (
    PushSignaalResponse400InvalidParamsItem,
)
from .push_signaal_response_401 import PushSignaalResponse401
from .push_signaal_response_401_invalid_params_item import (
    PushSignaalResponse401InvalidParamsItem,
)
from .push_signaal_response_403 import PushSignaalResponse403
from .push_signaal_response_403_invalid_params_item import (
    PushSignaalResponse403InvalidParamsItem,
)
from .push_signaal_response_409 import PushSignaalResponse409
from .push_signaal_response_409_invalid_params_item import (
    PushSignaalResponse409InvalidParamsItem,
)
from .push_signaal_response_422 import PushSignaalResponse422
from .push_signaal_response_422_invalid_params_item import (
    PushSignaalResponse422InvalidParamsItem,
)
from .push_signaal_response_503 import PushSignaalResponse503
from .push_signaal_response_503_invalid_params_item import (
    PushSignaalResponse503InvalidParamsItem,
)
from .push_signalen_bulk_response_400 import PushSignalenBulkResponse400
from .push_signalen_bulk_response_400_invalid_params_item import (
    PushSignalenBulkResponse400InvalidParamsItem,
)
from .push_signalen_bulk_response_401 import PushSignalenBulkResponse401
from .push_signalen_bulk_response_401_invalid_params_item import (
    PushSignalenBulkResponse401InvalidParamsItem,
)
from .push_signalen_bulk_response_503 import PushSignalenBulkResponse503
from .push_signalen_bulk_response_503_invalid_params_item import (
    PushSignalenBulkResponse503InvalidParamsItem,
)
from .reden import Reden
from .registreer_jongere_response_400 import RegistreerJongereResponse400
from .registreer_jongere_response_400_invalid_params_item import (
    RegistreerJongereResponse400InvalidParamsItem,
)
from .registreer_jongere_response_401 import RegistreerJongereResponse401
from .registreer_jongere_response_401_invalid_params_item import (
    RegistreerJongereResponse401InvalidParamsItem,
)
from .registreer_jongere_response_403 import RegistreerJongereResponse403
from .registreer_jongere_response_403_invalid_params_item import (
    RegistreerJongereResponse403InvalidParamsItem,
)
from .registreer_jongere_response_409 import RegistreerJongereResponse409
from .registreer_jongere_response_409_invalid_params_item import (
    RegistreerJongereResponse409InvalidParamsItem,
)
from .registreer_jongere_response_503 import RegistreerJongereResponse503
from .registreer_jongere_response_503_invalid_params_item import (
    RegistreerJongereResponse503InvalidParamsItem,
)
from .samenvoeging import Samenvoeging
from .samenvoeging_nieuw import SamenvoegingNieuw
from .schaal_casus_af_response_400 import SchaalCasusAfResponse400
from .schaal_casus_af_response_400_invalid_params_item import (
    SchaalCasusAfResponse400InvalidParamsItem,
)
from .schaal_casus_af_response_401 import SchaalCasusAfResponse401
from .schaal_casus_af_response_401_invalid_params_item import (
    SchaalCasusAfResponse401InvalidParamsItem,
)
from .schaal_casus_af_response_403 import SchaalCasusAfResponse403
from .schaal_casus_af_response_403_invalid_params_item import (
    SchaalCasusAfResponse403InvalidParamsItem,
)
from .schaal_casus_af_response_404 import SchaalCasusAfResponse404
from .schaal_casus_af_response_404_invalid_params_item import (
    SchaalCasusAfResponse404InvalidParamsItem,
)
from .schaal_casus_af_response_409 import SchaalCasusAfResponse409
from .schaal_casus_af_response_409_invalid_params_item import (
    SchaalCasusAfResponse409InvalidParamsItem,
)
from .schaal_casus_af_response_503 import SchaalCasusAfResponse503
from .schaal_casus_af_response_503_invalid_params_item import (
    SchaalCasusAfResponse503InvalidParamsItem,
)
from .schaal_casus_op_response_400 import SchaalCasusOpResponse400
from .schaal_casus_op_response_400_invalid_params_item import (
    SchaalCasusOpResponse400InvalidParamsItem,
)
from .schaal_casus_op_response_401 import SchaalCasusOpResponse401
from .schaal_casus_op_response_401_invalid_params_item import (
    SchaalCasusOpResponse401InvalidParamsItem,
)
from .schaal_casus_op_response_403 import SchaalCasusOpResponse403
from .schaal_casus_op_response_403_invalid_params_item import (
    SchaalCasusOpResponse403InvalidParamsItem,
)
from .schaal_casus_op_response_404 import SchaalCasusOpResponse404
from .schaal_casus_op_response_404_invalid_params_item import (
    SchaalCasusOpResponse404InvalidParamsItem,
)
from .schaal_casus_op_response_409 import SchaalCasusOpResponse409
from .schaal_casus_op_response_409_invalid_params_item import (
    SchaalCasusOpResponse409InvalidParamsItem,
)
from .schaal_casus_op_response_503 import SchaalCasusOpResponse503
from .schaal_casus_op_response_503_invalid_params_item import (
    SchaalCasusOpResponse503InvalidParamsItem,
)
from .signaal import Signaal
from .signaal_categorie_lijst import SignaalCategorieLijst
from .signaal_categorie_nieuw import SignaalCategorieNieuw
from .signaal_categorie_weergave import SignaalCategorieWeergave
from .signaal_categorie_wijziging import SignaalCategorieWijziging
from .signaal_lijst import SignaalLijst
from .signaal_nieuw import SignaalNieuw
from .signalen_bulk import SignalenBulk
from .signalen_bulk_signalen_item import SignalenBulkSignalenItem
from .statusstap import Statusstap
from .statuswijziging_nieuw import StatuswijzigingNieuw
from .statuswijziging_nieuw_status import StatuswijzigingNieuwStatus
from .verificatie import Verificatie
from .verificatie_eerste_breuk_type_0 import VerificatieEersteBreukType0
from .verificatie_problemen_item import VerificatieProblemenItem
from .verifieer_audit_response_400 import VerifieerAuditResponse400
from .verifieer_audit_response_400_invalid_params_item import (
    VerifieerAuditResponse400InvalidParamsItem,
)
from .verifieer_audit_response_401 import VerifieerAuditResponse401
from .verifieer_audit_response_401_invalid_params_item import (
    VerifieerAuditResponse401InvalidParamsItem,
)
from .verifieer_audit_response_403 import VerifieerAuditResponse403
from .verifieer_audit_response_403_invalid_params_item import (
    VerifieerAuditResponse403InvalidParamsItem,
)
from .verifieer_audit_response_503 import VerifieerAuditResponse503
from .verifieer_audit_response_503_invalid_params_item import (
    VerifieerAuditResponse503InvalidParamsItem,
)
from .verifieer_audit_sinds_checkpoint_response_400 import (
    VerifieerAuditSindsCheckpointResponse400,
)
from .verifieer_audit_sinds_checkpoint_response_400_invalid_params_item import (
    VerifieerAuditSindsCheckpointResponse400InvalidParamsItem,
)
from .verifieer_audit_sinds_checkpoint_response_401 import (
    VerifieerAuditSindsCheckpointResponse401,
)
from .verifieer_audit_sinds_checkpoint_response_401_invalid_params_item import (
    VerifieerAuditSindsCheckpointResponse401InvalidParamsItem,
)
from .verifieer_audit_sinds_checkpoint_response_403 import (
    VerifieerAuditSindsCheckpointResponse403,
)
from .verifieer_audit_sinds_checkpoint_response_403_invalid_params_item import (
    VerifieerAuditSindsCheckpointResponse403InvalidParamsItem,
)
from .verifieer_audit_sinds_checkpoint_response_503 import (
    VerifieerAuditSindsCheckpointResponse503,
)
from .verifieer_audit_sinds_checkpoint_response_503_invalid_params_item import (
    VerifieerAuditSindsCheckpointResponse503InvalidParamsItem,
)
from .verwijder_lid_response_400 import VerwijderLidResponse400
from .verwijder_lid_response_400_invalid_params_item import (
    VerwijderLidResponse400InvalidParamsItem,
)
from .verwijder_lid_response_401 import VerwijderLidResponse401
from .verwijder_lid_response_401_invalid_params_item import (
    VerwijderLidResponse401InvalidParamsItem,
)
from .verwijder_lid_response_403 import VerwijderLidResponse403
from .verwijder_lid_response_403_invalid_params_item import (
    VerwijderLidResponse403InvalidParamsItem,
)
from .verwijder_lid_response_404 import VerwijderLidResponse404
from .verwijder_lid_response_404_invalid_params_item import (
    VerwijderLidResponse404InvalidParamsItem,
)
from .verwijder_lid_response_503 import VerwijderLidResponse503
from .verwijder_lid_response_503_invalid_params_item import (
    VerwijderLidResponse503InvalidParamsItem,
)
from .voeg_antecedent_toe_response_400 import VoegAntecedentToeResponse400
from .voeg_antecedent_toe_response_400_invalid_params_item import (
    VoegAntecedentToeResponse400InvalidParamsItem,
)
from .voeg_antecedent_toe_response_401 import VoegAntecedentToeResponse401
from .voeg_antecedent_toe_response_401_invalid_params_item import (
    VoegAntecedentToeResponse401InvalidParamsItem,
)
from .voeg_antecedent_toe_response_403 import VoegAntecedentToeResponse403
from .voeg_antecedent_toe_response_403_invalid_params_item import (
    VoegAntecedentToeResponse403InvalidParamsItem,
)
from .voeg_antecedent_toe_response_404 import VoegAntecedentToeResponse404
from .voeg_antecedent_toe_response_404_invalid_params_item import (
    VoegAntecedentToeResponse404InvalidParamsItem,
)
from .voeg_antecedent_toe_response_503 import VoegAntecedentToeResponse503
from .voeg_antecedent_toe_response_503_invalid_params_item import (
    VoegAntecedentToeResponse503InvalidParamsItem,
)
from .voeg_factor_toe_response_400 import VoegFactorToeResponse400
from .voeg_factor_toe_response_400_invalid_params_item import (
    VoegFactorToeResponse400InvalidParamsItem,
)
from .voeg_factor_toe_response_401 import VoegFactorToeResponse401
from .voeg_factor_toe_response_401_invalid_params_item import (
    VoegFactorToeResponse401InvalidParamsItem,
)
from .voeg_factor_toe_response_403 import VoegFactorToeResponse403
from .voeg_factor_toe_response_403_invalid_params_item import (
    VoegFactorToeResponse403InvalidParamsItem,
)
from .voeg_factor_toe_response_404 import VoegFactorToeResponse404
from .voeg_factor_toe_response_404_invalid_params_item import (
    VoegFactorToeResponse404InvalidParamsItem,
)
from .voeg_factor_toe_response_503 import VoegFactorToeResponse503
from .voeg_factor_toe_response_503_invalid_params_item import (
    VoegFactorToeResponse503InvalidParamsItem,
)
from .voeg_jongeren_samen_response_400 import VoegJongerenSamenResponse400
from .voeg_jongeren_samen_response_400_invalid_params_item import (
    VoegJongerenSamenResponse400InvalidParamsItem,
)
from .voeg_jongeren_samen_response_401 import VoegJongerenSamenResponse401
from .voeg_jongeren_samen_response_401_invalid_params_item import (
    VoegJongerenSamenResponse401InvalidParamsItem,
)
from .voeg_jongeren_samen_response_403 import VoegJongerenSamenResponse403
from .voeg_jongeren_samen_response_403_invalid_params_item import (
    VoegJongerenSamenResponse403InvalidParamsItem,
)
from .voeg_jongeren_samen_response_404 import VoegJongerenSamenResponse404
from .voeg_jongeren_samen_response_404_invalid_params_item import (
    VoegJongerenSamenResponse404InvalidParamsItem,
)
from .voeg_jongeren_samen_response_409 import VoegJongerenSamenResponse409
from .voeg_jongeren_samen_response_409_invalid_params_item import (
    VoegJongerenSamenResponse409InvalidParamsItem,
)
from .voeg_jongeren_samen_response_503 import VoegJongerenSamenResponse503
from .voeg_jongeren_samen_response_503_invalid_params_item import (
    VoegJongerenSamenResponse503InvalidParamsItem,
)
from .voeg_lid_toe_response_400 import VoegLidToeResponse400
from .voeg_lid_toe_response_400_invalid_params_item import (
    VoegLidToeResponse400InvalidParamsItem,
)
from .voeg_lid_toe_response_401 import VoegLidToeResponse401
from .voeg_lid_toe_response_401_invalid_params_item import (
    VoegLidToeResponse401InvalidParamsItem,
)
from .voeg_lid_toe_response_403 import VoegLidToeResponse403
from .voeg_lid_toe_response_403_invalid_params_item import (
    VoegLidToeResponse403InvalidParamsItem,
)
from .voeg_lid_toe_response_404 import VoegLidToeResponse404
from .voeg_lid_toe_response_404_invalid_params_item import (
    VoegLidToeResponse404InvalidParamsItem,
)
from .voeg_lid_toe_response_409 import VoegLidToeResponse409
from .voeg_lid_toe_response_409_invalid_params_item import (
    VoegLidToeResponse409InvalidParamsItem,
)
from .voeg_lid_toe_response_503 import VoegLidToeResponse503
from .voeg_lid_toe_response_503_invalid_params_item import (
    VoegLidToeResponse503InvalidParamsItem,
)
from .voeg_planactie_toe_response_400 import VoegPlanactieToeResponse400
from .voeg_planactie_toe_response_400_invalid_params_item import (
    VoegPlanactieToeResponse400InvalidParamsItem,
)
from .voeg_planactie_toe_response_401 import VoegPlanactieToeResponse401
from .voeg_planactie_toe_response_401_invalid_params_item import (
    VoegPlanactieToeResponse401InvalidParamsItem,
)
from .voeg_planactie_toe_response_403 import VoegPlanactieToeResponse403
from .voeg_planactie_toe_response_403_invalid_params_item import (
    VoegPlanactieToeResponse403InvalidParamsItem,
)
from .voeg_planactie_toe_response_404 import VoegPlanactieToeResponse404
from .voeg_planactie_toe_response_404_invalid_params_item import (
    VoegPlanactieToeResponse404InvalidParamsItem,
)
from .voeg_planactie_toe_response_503 import VoegPlanactieToeResponse503
from .voeg_planactie_toe_response_503_invalid_params_item import (
    VoegPlanactieToeResponse503InvalidParamsItem,
)
from .wijzig_antecedent_response_400 import WijzigAntecedentResponse400
from .wijzig_antecedent_response_400_invalid_params_item import (
    WijzigAntecedentResponse400InvalidParamsItem,
)
from .wijzig_antecedent_response_401 import WijzigAntecedentResponse401
from .wijzig_antecedent_response_401_invalid_params_item import (
    WijzigAntecedentResponse401InvalidParamsItem,
)
from .wijzig_antecedent_response_403 import WijzigAntecedentResponse403
from .wijzig_antecedent_response_403_invalid_params_item import (
    WijzigAntecedentResponse403InvalidParamsItem,
)
from .wijzig_antecedent_response_404 import WijzigAntecedentResponse404
from .wijzig_antecedent_response_404_invalid_params_item import (
    WijzigAntecedentResponse404InvalidParamsItem,
)
from .wijzig_antecedent_response_503 import WijzigAntecedentResponse503
from .wijzig_antecedent_response_503_invalid_params_item import (
    WijzigAntecedentResponse503InvalidParamsItem,
)
from .wijzig_casusregisseur_response_400 import WijzigCasusregisseurResponse400
from .wijzig_casusregisseur_response_400_invalid_params_item import (
    WijzigCasusregisseurResponse400InvalidParamsItem,
)
from .wijzig_casusregisseur_response_401 import WijzigCasusregisseurResponse401
from .wijzig_casusregisseur_response_401_invalid_params_item import (
    WijzigCasusregisseurResponse401InvalidParamsItem,
)
from .wijzig_casusregisseur_response_403 import WijzigCasusregisseurResponse403
from .wijzig_casusregisseur_response_403_invalid_params_item import (
    WijzigCasusregisseurResponse403InvalidParamsItem,
)
from .wijzig_casusregisseur_response_404 import WijzigCasusregisseurResponse404
from .wijzig_casusregisseur_response_404_invalid_params_item import (
    WijzigCasusregisseurResponse404InvalidParamsItem,
)
from .wijzig_casusregisseur_response_503 import WijzigCasusregisseurResponse503
from .wijzig_casusregisseur_response_503_invalid_params_item import (
    WijzigCasusregisseurResponse503InvalidParamsItem,
)
from .wijzig_casusstatus_response_400 import WijzigCasusstatusResponse400
from .wijzig_casusstatus_response_400_invalid_params_item import (
    WijzigCasusstatusResponse400InvalidParamsItem,
)
from .wijzig_casusstatus_response_401 import WijzigCasusstatusResponse401
from .wijzig_casusstatus_response_401_invalid_params_item import (
    WijzigCasusstatusResponse401InvalidParamsItem,
)
from .wijzig_casusstatus_response_403 import WijzigCasusstatusResponse403
from .wijzig_casusstatus_response_403_invalid_params_item import (
    WijzigCasusstatusResponse403InvalidParamsItem,
)
from .wijzig_casusstatus_response_404 import WijzigCasusstatusResponse404
from .wijzig_casusstatus_response_404_invalid_params_item import (
    WijzigCasusstatusResponse404InvalidParamsItem,
)
from .wijzig_casusstatus_response_409 import WijzigCasusstatusResponse409
from .wijzig_casusstatus_response_409_invalid_params_item import (
    WijzigCasusstatusResponse409InvalidParamsItem,
)
from .wijzig_casusstatus_response_503 import WijzigCasusstatusResponse503
from .wijzig_casusstatus_response_503_invalid_params_item import (
    WijzigCasusstatusResponse503InvalidParamsItem,
)
from .wijzig_maatregel_response_400 import WijzigMaatregelResponse400
from .wijzig_maatregel_response_400_invalid_params_item import (
    WijzigMaatregelResponse400InvalidParamsItem,
)
from .wijzig_maatregel_response_401 import WijzigMaatregelResponse401
from .wijzig_maatregel_response_401_invalid_params_item import (
    WijzigMaatregelResponse401InvalidParamsItem,
)
from .wijzig_maatregel_response_403 import WijzigMaatregelResponse403
from .wijzig_maatregel_response_403_invalid_params_item import (
    WijzigMaatregelResponse403InvalidParamsItem,
)
from .wijzig_maatregel_response_404 import WijzigMaatregelResponse404
from .wijzig_maatregel_response_404_invalid_params_item import (
    WijzigMaatregelResponse404InvalidParamsItem,
)
from .wijzig_maatregel_response_503 import WijzigMaatregelResponse503
from .wijzig_maatregel_response_503_invalid_params_item import (
    WijzigMaatregelResponse503InvalidParamsItem,
)
from .wijzig_planactie_response_400 import WijzigPlanactieResponse400
from .wijzig_planactie_response_400_invalid_params_item import (
    WijzigPlanactieResponse400InvalidParamsItem,
)
from .wijzig_planactie_response_401 import WijzigPlanactieResponse401
from .wijzig_planactie_response_401_invalid_params_item import (
    WijzigPlanactieResponse401InvalidParamsItem,
)
from .wijzig_planactie_response_403 import WijzigPlanactieResponse403
from .wijzig_planactie_response_403_invalid_params_item import (
    WijzigPlanactieResponse403InvalidParamsItem,
)
from .wijzig_planactie_response_404 import WijzigPlanactieResponse404
from .wijzig_planactie_response_404_invalid_params_item import (
    WijzigPlanactieResponse404InvalidParamsItem,
)
from .wijzig_planactie_response_503 import WijzigPlanactieResponse503
from .wijzig_planactie_response_503_invalid_params_item import (
    WijzigPlanactieResponse503InvalidParamsItem,
)
from .zet_op_agenda_response_400 import ZetOpAgendaResponse400
from .zet_op_agenda_response_400_invalid_params_item import (
    ZetOpAgendaResponse400InvalidParamsItem,
)
from .zet_op_agenda_response_401 import ZetOpAgendaResponse401
from .zet_op_agenda_response_401_invalid_params_item import (
    ZetOpAgendaResponse401InvalidParamsItem,
)
from .zet_op_agenda_response_403 import ZetOpAgendaResponse403
from .zet_op_agenda_response_403_invalid_params_item import (
    ZetOpAgendaResponse403InvalidParamsItem,
)
from .zet_op_agenda_response_404 import ZetOpAgendaResponse404
from .zet_op_agenda_response_404_invalid_params_item import (
    ZetOpAgendaResponse404InvalidParamsItem,
)
from .zet_op_agenda_response_409 import ZetOpAgendaResponse409
from .zet_op_agenda_response_409_invalid_params_item import (
    ZetOpAgendaResponse409InvalidParamsItem,
)
from .zet_op_agenda_response_503 import ZetOpAgendaResponse503
from .zet_op_agenda_response_503_invalid_params_item import (
    ZetOpAgendaResponse503InvalidParamsItem,
)
from .zet_perspectiefplan_response_400 import ZetPerspectiefplanResponse400
from .zet_perspectiefplan_response_400_invalid_params_item import (
    ZetPerspectiefplanResponse400InvalidParamsItem,
)
from .zet_perspectiefplan_response_401 import ZetPerspectiefplanResponse401
from .zet_perspectiefplan_response_401_invalid_params_item import (
    ZetPerspectiefplanResponse401InvalidParamsItem,
)
from .zet_perspectiefplan_response_403 import ZetPerspectiefplanResponse403
from .zet_perspectiefplan_response_403_invalid_params_item import (
    ZetPerspectiefplanResponse403InvalidParamsItem,
)
from .zet_perspectiefplan_response_404 import ZetPerspectiefplanResponse404
from .zet_perspectiefplan_response_404_invalid_params_item import (
    ZetPerspectiefplanResponse404InvalidParamsItem,
)
from .zet_perspectiefplan_response_503 import ZetPerspectiefplanResponse503
from .zet_perspectiefplan_response_503_invalid_params_item import (
    ZetPerspectiefplanResponse503InvalidParamsItem,
)
from .zoek_jongere_response_400 import ZoekJongereResponse400
from .zoek_jongere_response_400_invalid_params_item import (
    ZoekJongereResponse400InvalidParamsItem,
)
from .zoek_jongere_response_401 import ZoekJongereResponse401
from .zoek_jongere_response_401_invalid_params_item import (
    ZoekJongereResponse401InvalidParamsItem,
)
from .zoek_jongere_response_403 import ZoekJongereResponse403
from .zoek_jongere_response_403_invalid_params_item import (
    ZoekJongereResponse403InvalidParamsItem,
)
from .zoek_jongere_response_404 import ZoekJongereResponse404
from .zoek_jongere_response_404_invalid_params_item import (
    ZoekJongereResponse404InvalidParamsItem,
)
from .zoek_jongere_response_503 import ZoekJongereResponse503
from .zoek_jongere_response_503_invalid_params_item import (
    ZoekJongereResponse503InvalidParamsItem,
)

__all__ = (
    "AddSignaalCategorieResponse400",
    "AddSignaalCategorieResponse400InvalidParamsItem",
    "AddSignaalCategorieResponse401",
    "AddSignaalCategorieResponse401InvalidParamsItem",
    "AddSignaalCategorieResponse403",
    "AddSignaalCategorieResponse403InvalidParamsItem",
    "AddSignaalCategorieResponse409",
    "AddSignaalCategorieResponse409InvalidParamsItem",
    "AddSignaalCategorieResponse503",
    "AddSignaalCategorieResponse503InvalidParamsItem",
    "Afschaling",
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
    "AuditPagina",
    "AuditPaginaItemsItem",
    "AuditSleutelResponse400",
    "AuditSleutelResponse400InvalidParamsItem",
    "AuditSleutelResponse401",
    "AuditSleutelResponse401InvalidParamsItem",
    "AuditSleutelResponse403",
    "AuditSleutelResponse403InvalidParamsItem",
    "AuditSleutelResponse503",
    "AuditSleutelResponse503InvalidParamsItem",
    "AuditSleutelResponseAuditsleutel",
    "Betrokkene",
    "BetrokkeneContact",
    "Betrokkenen",
    "BijzonderhedenAuditResponse400",
    "BijzonderhedenAuditResponse400InvalidParamsItem",
    "BijzonderhedenAuditResponse401",
    "BijzonderhedenAuditResponse401InvalidParamsItem",
    "BijzonderhedenAuditResponse403",
    "BijzonderhedenAuditResponse403InvalidParamsItem",
    "BijzonderhedenAuditResponse503",
    "BijzonderhedenAuditResponse503InvalidParamsItem",
    "BijzonderhedenAuditResponseBijzonderhedenaudit",
    "BulkItemResultaat",
    "BulkItemResultaatProbleemType0",
    "BulkResultaat",
    "Casus",
    "CasusLijst",
    "CasusNieuw",
    "Casusregisseur",
    "CasusStatus",
    "CasusWijziging",
    "ChangeSignaalCategorieResponse400",
    "ChangeSignaalCategorieResponse400InvalidParamsItem",
    "ChangeSignaalCategorieResponse401",
    "ChangeSignaalCategorieResponse401InvalidParamsItem",
    "ChangeSignaalCategorieResponse403",
    "ChangeSignaalCategorieResponse403InvalidParamsItem",
    "ChangeSignaalCategorieResponse404",
    "ChangeSignaalCategorieResponse404InvalidParamsItem",
    "ChangeSignaalCategorieResponse503",
    "ChangeSignaalCategorieResponse503InvalidParamsItem",
    "CheckpointBewijs",
    "Contact",
    "Convenant",
    "ConvenantBeperkingen",
    "ConvenantCategorieenperpartij",
    "ConvenantLijst",
    "ConvenantStatus",
    "CorrigeerJongereResponse400",
    "CorrigeerJongereResponse400InvalidParamsItem",
    "CorrigeerJongereResponse401",
    "CorrigeerJongereResponse401InvalidParamsItem",
    "CorrigeerJongereResponse403",
    "CorrigeerJongereResponse403InvalidParamsItem",
    "CorrigeerJongereResponse404",
    "CorrigeerJongereResponse404InvalidParamsItem",
    "CorrigeerJongereResponse503",
    "CorrigeerJongereResponse503InvalidParamsItem",
    "DoeDoelgroeptoetsResponse400",
    "DoeDoelgroeptoetsResponse400InvalidParamsItem",
    "DoeDoelgroeptoetsResponse401",
    "DoeDoelgroeptoetsResponse401InvalidParamsItem",
    "DoeDoelgroeptoetsResponse403",
    "DoeDoelgroeptoetsResponse403InvalidParamsItem",
    "DoeDoelgroeptoetsResponse404",
    "DoeDoelgroeptoetsResponse404InvalidParamsItem",
    "DoeDoelgroeptoetsResponse503",
    "DoeDoelgroeptoetsResponse503InvalidParamsItem",
    "Doelgroeptoets",
    "DoelgroeptoetsAntecedentenPerSoortType0",
    "DoelgroeptoetsUitkomstType0",
    "DraaiSamenvoegingTerugResponse400",
    "DraaiSamenvoegingTerugResponse400InvalidParamsItem",
    "DraaiSamenvoegingTerugResponse401",
    "DraaiSamenvoegingTerugResponse401InvalidParamsItem",
    "DraaiSamenvoegingTerugResponse403",
    "DraaiSamenvoegingTerugResponse403InvalidParamsItem",
    "DraaiSamenvoegingTerugResponse404",
    "DraaiSamenvoegingTerugResponse404InvalidParamsItem",
    "DraaiSamenvoegingTerugResponse409",
    "DraaiSamenvoegingTerugResponse409InvalidParamsItem",
    "DraaiSamenvoegingTerugResponse503",
    "DraaiSamenvoegingTerugResponse503InvalidParamsItem",
    "ExporteerAuditFormaat",
    "ExporteerAuditResponse400",
    "ExporteerAuditResponse400InvalidParamsItem",
    "ExporteerAuditResponse401",
    "ExporteerAuditResponse401InvalidParamsItem",
    "ExporteerAuditResponse403",
    "ExporteerAuditResponse403InvalidParamsItem",
    "ExporteerAuditResponse503",
    "ExporteerAuditResponse503InvalidParamsItem",
    "Factor",
    "FactorLijst",
    "FactorNieuw",
    "FactorNieuwDomein",
    "FactorNieuwIndicatorType0",
    "FactorNieuwIndicatorType1",
    "FactorNieuwSoort",
    "GetCasusResponse400",
    "GetCasusResponse400InvalidParamsItem",
    "GetCasusResponse401",
    "GetCasusResponse401InvalidParamsItem",
    "GetCasusResponse403",
    "GetCasusResponse403InvalidParamsItem",
    "GetCasusResponse404",
    "GetCasusResponse404InvalidParamsItem",
    "GetCasusResponse503",
    "GetCasusResponse503InvalidParamsItem",
    "GetConvenantResponse400",
    "GetConvenantResponse400InvalidParamsItem",
    "GetConvenantResponse401",
    "GetConvenantResponse401InvalidParamsItem",
    "GetConvenantResponse404",
    "GetConvenantResponse404InvalidParamsItem",
    "GetConvenantResponse503",
    "GetConvenantResponse503InvalidParamsItem",
    "GetDoelgroeptoetsResponse400",
    "GetDoelgroeptoetsResponse400InvalidParamsItem",
    "GetDoelgroeptoetsResponse401",
    "GetDoelgroeptoetsResponse401InvalidParamsItem",
    "GetDoelgroeptoetsResponse403",
    "GetDoelgroeptoetsResponse403InvalidParamsItem",
    "GetDoelgroeptoetsResponse404",
    "GetDoelgroeptoetsResponse404InvalidParamsItem",
    "GetDoelgroeptoetsResponse503",
    "GetDoelgroeptoetsResponse503InvalidParamsItem",
    "GetJeugdgroepResponse400",
    "GetJeugdgroepResponse400InvalidParamsItem",
    "GetJeugdgroepResponse401",
    "GetJeugdgroepResponse401InvalidParamsItem",
    "GetJeugdgroepResponse403",
    "GetJeugdgroepResponse403InvalidParamsItem",
    "GetJeugdgroepResponse404",
    "GetJeugdgroepResponse404InvalidParamsItem",
    "GetJeugdgroepResponse503",
    "GetJeugdgroepResponse503InvalidParamsItem",
    "GetJongereResponse400",
    "GetJongereResponse400InvalidParamsItem",
    "GetJongereResponse401",
    "GetJongereResponse401InvalidParamsItem",
    "GetJongereResponse403",
    "GetJongereResponse403InvalidParamsItem",
    "GetJongereResponse404",
    "GetJongereResponse404InvalidParamsItem",
    "GetJongereResponse503",
    "GetJongereResponse503InvalidParamsItem",
    "GetOverlegResponse400",
    "GetOverlegResponse400InvalidParamsItem",
    "GetOverlegResponse401",
    "GetOverlegResponse401InvalidParamsItem",
    "GetOverlegResponse403",
    "GetOverlegResponse403InvalidParamsItem",
    "GetOverlegResponse404",
    "GetOverlegResponse404InvalidParamsItem",
    "GetOverlegResponse503",
    "GetOverlegResponse503InvalidParamsItem",
    "GetSignaalResponse400",
    "GetSignaalResponse400InvalidParamsItem",
    "GetSignaalResponse401",
    "GetSignaalResponse401InvalidParamsItem",
    "GetSignaalResponse403",
    "GetSignaalResponse403InvalidParamsItem",
    "GetSignaalResponse404",
    "GetSignaalResponse404InvalidParamsItem",
    "GetSignaalResponse503",
    "GetSignaalResponse503InvalidParamsItem",
    "Jeugdgroep",
    "JeugdgroepLijst",
    "JeugdgroepNieuw",
    "Jongere",
    "JongereCorrectie",
    "JongereIdentiteit",
    "JongereNieuw",
    "JongereWeergave",
    "JongereZoekvraag",
    "LegMaatregelOpResponse400",
    "LegMaatregelOpResponse400InvalidParamsItem",
    "LegMaatregelOpResponse401",
    "LegMaatregelOpResponse401InvalidParamsItem",
    "LegMaatregelOpResponse403",
    "LegMaatregelOpResponse403InvalidParamsItem",
    "LegMaatregelOpResponse404",
    "LegMaatregelOpResponse404InvalidParamsItem",
    "LegMaatregelOpResponse503",
    "LegMaatregelOpResponse503InvalidParamsItem",
    "Lid",
    "LidNieuw",
    "ListAntecedentenResponse400",
    "ListAntecedentenResponse400InvalidParamsItem",
    "ListAntecedentenResponse401",
    "ListAntecedentenResponse401InvalidParamsItem",
    "ListAntecedentenResponse403",
    "ListAntecedentenResponse403InvalidParamsItem",
    "ListAntecedentenResponse404",
    "ListAntecedentenResponse404InvalidParamsItem",
    "ListAntecedentenResponse503",
    "ListAntecedentenResponse503InvalidParamsItem",
    "ListAuditBeslissingType0",
    "ListAuditResponse400",
    "ListAuditResponse400InvalidParamsItem",
    "ListAuditResponse401",
    "ListAuditResponse401InvalidParamsItem",
    "ListAuditResponse403",
    "ListAuditResponse403InvalidParamsItem",
    "ListAuditResponse503",
    "ListAuditResponse503InvalidParamsItem",
    "ListAuditVanJongereResponse400",
    "ListAuditVanJongereResponse400InvalidParamsItem",
    "ListAuditVanJongereResponse401",
    "ListAuditVanJongereResponse401InvalidParamsItem",
    "ListAuditVanJongereResponse403",
    "ListAuditVanJongereResponse403InvalidParamsItem",
    "ListAuditVanJongereResponse503",
    "ListAuditVanJongereResponse503InvalidParamsItem",
    "ListBetrokkenenResponse400",
    "ListBetrokkenenResponse400InvalidParamsItem",
    "ListBetrokkenenResponse401",
    "ListBetrokkenenResponse401InvalidParamsItem",
    "ListBetrokkenenResponse403",
    "ListBetrokkenenResponse403InvalidParamsItem",
    "ListBetrokkenenResponse503",
    "ListBetrokkenenResponse503InvalidParamsItem",
    "ListCasussenResponse400",
    "ListCasussenResponse400InvalidParamsItem",
    "ListCasussenResponse401",
    "ListCasussenResponse401InvalidParamsItem",
    "ListCasussenResponse403",
    "ListCasussenResponse403InvalidParamsItem",
    "ListCasussenResponse503",
    "ListCasussenResponse503InvalidParamsItem",
    "ListCasussenStatusType0",
    "ListConvenantenResponse401",
    "ListConvenantenResponse401InvalidParamsItem",
    "ListConvenantenResponse503",
    "ListConvenantenResponse503InvalidParamsItem",
    "ListFactorenResponse400",
    "ListFactorenResponse400InvalidParamsItem",
    "ListFactorenResponse401",
    "ListFactorenResponse401InvalidParamsItem",
    "ListFactorenResponse403",
    "ListFactorenResponse403InvalidParamsItem",
    "ListFactorenResponse404",
    "ListFactorenResponse404InvalidParamsItem",
    "ListFactorenResponse503",
    "ListFactorenResponse503InvalidParamsItem",
    "ListJeugdgroepenResponse400",
    "ListJeugdgroepenResponse400InvalidParamsItem",
    "ListJeugdgroepenResponse401",
    "ListJeugdgroepenResponse401InvalidParamsItem",
    "ListJeugdgroepenResponse403",
    "ListJeugdgroepenResponse403InvalidParamsItem",
    "ListJeugdgroepenResponse503",
    "ListJeugdgroepenResponse503InvalidParamsItem",
    "ListMaatregelenResponse400",
    "ListMaatregelenResponse400InvalidParamsItem",
    "ListMaatregelenResponse401",
    "ListMaatregelenResponse401InvalidParamsItem",
    "ListMaatregelenResponse403",
    "ListMaatregelenResponse403InvalidParamsItem",
    "ListMaatregelenResponse404",
    "ListMaatregelenResponse404InvalidParamsItem",
    "ListMaatregelenResponse503",
    "ListMaatregelenResponse503InvalidParamsItem",
    "ListOrganisatiesResponse401",
    "ListOrganisatiesResponse401InvalidParamsItem",
    "ListOrganisatiesResponse503",
    "ListOrganisatiesResponse503InvalidParamsItem",
    "ListSignaalCategorieenResponse401",
    "ListSignaalCategorieenResponse401InvalidParamsItem",
    "ListSignalenResponse400",
    "ListSignalenResponse400InvalidParamsItem",
    "ListSignalenResponse401",
    "ListSignalenResponse401InvalidParamsItem",
    "ListSignalenResponse403",
    "ListSignalenResponse403InvalidParamsItem",
    "ListSignalenResponse503",
    "ListSignalenResponse503InvalidParamsItem",
    "ListSignalenVanJongereResponse400",
    "ListSignalenVanJongereResponse400InvalidParamsItem",
    "ListSignalenVanJongereResponse401",
    "ListSignalenVanJongereResponse401InvalidParamsItem",
    "ListSignalenVanJongereResponse403",
    "ListSignalenVanJongereResponse403InvalidParamsItem",
    "ListSignalenVanJongereResponse404",
    "ListSignalenVanJongereResponse404InvalidParamsItem",
    "ListSignalenVanJongereResponse503",
    "ListSignalenVanJongereResponse503InvalidParamsItem",
    "MaakJeugdgroepResponse400",
    "MaakJeugdgroepResponse400InvalidParamsItem",
    "MaakJeugdgroepResponse401",
    "MaakJeugdgroepResponse401InvalidParamsItem",
    "MaakJeugdgroepResponse403",
    "MaakJeugdgroepResponse403InvalidParamsItem",
    "MaakJeugdgroepResponse503",
    "MaakJeugdgroepResponse503InvalidParamsItem",
    "Maatregel",
    "MaatregelLijst",
    "MaatregelNieuw",
    "MaatregelNieuwSoort",
    "MaatregelNieuwStatus",
    "MaatregelWijziging",
    "MaatregelWijzigingStatusType0",
    "OpenCasusResponse400",
    "OpenCasusResponse400InvalidParamsItem",
    "OpenCasusResponse401",
    "OpenCasusResponse401InvalidParamsItem",
    "OpenCasusResponse403",
    "OpenCasusResponse403InvalidParamsItem",
    "OpenCasusResponse404",
    "OpenCasusResponse404InvalidParamsItem",
    "OpenCasusResponse409",
    "OpenCasusResponse409InvalidParamsItem",
    "OpenCasusResponse503",
    "OpenCasusResponse503InvalidParamsItem",
    "Opschaling",
    "OpschalingNieuw",
    "OpschalingNieuwSoort",
    "Organisatie",
    "OrganisatieLijst",
    "Overleg",
    "OverlegNieuw",
    "OverlegNieuwSoort",
    "Perspectiefplan",
    "PerspectiefplanInhoud",
    "Planactie",
    "PlanactieNieuw",
    "PlanactieNieuwDomein",
    "PlanactieNieuwEigenaar",
    "PlanactieWijziging",
    "PlanactieWijzigingStatus",
    "PlanOverlegResponse400",
    "PlanOverlegResponse400InvalidParamsItem",
    "PlanOverlegResponse401",
    "PlanOverlegResponse401InvalidParamsItem",
    "PlanOverlegResponse403",
    "PlanOverlegResponse403InvalidParamsItem",
    "PlanOverlegResponse503",
    "PlanOverlegResponse503InvalidParamsItem",
    "PushSignaalResponse400",
    "PushSignaalResponse400InvalidParamsItem",
    "PushSignaalResponse401",
    "PushSignaalResponse401InvalidParamsItem",
    "PushSignaalResponse403",
    "PushSignaalResponse403InvalidParamsItem",
    "PushSignaalResponse409",
    "PushSignaalResponse409InvalidParamsItem",
    "PushSignaalResponse422",
    "PushSignaalResponse422InvalidParamsItem",
    "PushSignaalResponse503",
    "PushSignaalResponse503InvalidParamsItem",
    "PushSignalenBulkResponse400",
    "PushSignalenBulkResponse400InvalidParamsItem",
    "PushSignalenBulkResponse401",
    "PushSignalenBulkResponse401InvalidParamsItem",
    "PushSignalenBulkResponse503",
    "PushSignalenBulkResponse503InvalidParamsItem",
    "Reden",
    "RegistreerJongereResponse400",
    "RegistreerJongereResponse400InvalidParamsItem",
    "RegistreerJongereResponse401",
    "RegistreerJongereResponse401InvalidParamsItem",
    "RegistreerJongereResponse403",
    "RegistreerJongereResponse403InvalidParamsItem",
    "RegistreerJongereResponse409",
    "RegistreerJongereResponse409InvalidParamsItem",
    "RegistreerJongereResponse503",
    "RegistreerJongereResponse503InvalidParamsItem",
    "Samenvoeging",
    "SamenvoegingNieuw",
    "SchaalCasusAfResponse400",
    "SchaalCasusAfResponse400InvalidParamsItem",
    "SchaalCasusAfResponse401",
    "SchaalCasusAfResponse401InvalidParamsItem",
    "SchaalCasusAfResponse403",
    "SchaalCasusAfResponse403InvalidParamsItem",
    "SchaalCasusAfResponse404",
    "SchaalCasusAfResponse404InvalidParamsItem",
    "SchaalCasusAfResponse409",
    "SchaalCasusAfResponse409InvalidParamsItem",
    "SchaalCasusAfResponse503",
    "SchaalCasusAfResponse503InvalidParamsItem",
    "SchaalCasusOpResponse400",
    "SchaalCasusOpResponse400InvalidParamsItem",
    "SchaalCasusOpResponse401",
    "SchaalCasusOpResponse401InvalidParamsItem",
    "SchaalCasusOpResponse403",
    "SchaalCasusOpResponse403InvalidParamsItem",
    "SchaalCasusOpResponse404",
    "SchaalCasusOpResponse404InvalidParamsItem",
    "SchaalCasusOpResponse409",
    "SchaalCasusOpResponse409InvalidParamsItem",
    "SchaalCasusOpResponse503",
    "SchaalCasusOpResponse503InvalidParamsItem",
    "Signaal",
    "SignaalCategorieLijst",
    "SignaalCategorieNieuw",
    "SignaalCategorieWeergave",
    "SignaalCategorieWijziging",
    "SignaalLijst",
    "SignaalNieuw",
    "SignalenBulk",
    "SignalenBulkSignalenItem",
    "Statusstap",
    "StatuswijzigingNieuw",
    "StatuswijzigingNieuwStatus",
    "Verificatie",
    "VerificatieEersteBreukType0",
    "VerificatieProblemenItem",
    "VerifieerAuditResponse400",
    "VerifieerAuditResponse400InvalidParamsItem",
    "VerifieerAuditResponse401",
    "VerifieerAuditResponse401InvalidParamsItem",
    "VerifieerAuditResponse403",
    "VerifieerAuditResponse403InvalidParamsItem",
    "VerifieerAuditResponse503",
    "VerifieerAuditResponse503InvalidParamsItem",
    "VerifieerAuditSindsCheckpointResponse400",
    "VerifieerAuditSindsCheckpointResponse400InvalidParamsItem",
    "VerifieerAuditSindsCheckpointResponse401",
    "VerifieerAuditSindsCheckpointResponse401InvalidParamsItem",
    "VerifieerAuditSindsCheckpointResponse403",
    "VerifieerAuditSindsCheckpointResponse403InvalidParamsItem",
    "VerifieerAuditSindsCheckpointResponse503",
    "VerifieerAuditSindsCheckpointResponse503InvalidParamsItem",
    "VerwijderLidResponse400",
    "VerwijderLidResponse400InvalidParamsItem",
    "VerwijderLidResponse401",
    "VerwijderLidResponse401InvalidParamsItem",
    "VerwijderLidResponse403",
    "VerwijderLidResponse403InvalidParamsItem",
    "VerwijderLidResponse404",
    "VerwijderLidResponse404InvalidParamsItem",
    "VerwijderLidResponse503",
    "VerwijderLidResponse503InvalidParamsItem",
    "VoegAntecedentToeResponse400",
    "VoegAntecedentToeResponse400InvalidParamsItem",
    "VoegAntecedentToeResponse401",
    "VoegAntecedentToeResponse401InvalidParamsItem",
    "VoegAntecedentToeResponse403",
    "VoegAntecedentToeResponse403InvalidParamsItem",
    "VoegAntecedentToeResponse404",
    "VoegAntecedentToeResponse404InvalidParamsItem",
    "VoegAntecedentToeResponse503",
    "VoegAntecedentToeResponse503InvalidParamsItem",
    "VoegFactorToeResponse400",
    "VoegFactorToeResponse400InvalidParamsItem",
    "VoegFactorToeResponse401",
    "VoegFactorToeResponse401InvalidParamsItem",
    "VoegFactorToeResponse403",
    "VoegFactorToeResponse403InvalidParamsItem",
    "VoegFactorToeResponse404",
    "VoegFactorToeResponse404InvalidParamsItem",
    "VoegFactorToeResponse503",
    "VoegFactorToeResponse503InvalidParamsItem",
    "VoegJongerenSamenResponse400",
    "VoegJongerenSamenResponse400InvalidParamsItem",
    "VoegJongerenSamenResponse401",
    "VoegJongerenSamenResponse401InvalidParamsItem",
    "VoegJongerenSamenResponse403",
    "VoegJongerenSamenResponse403InvalidParamsItem",
    "VoegJongerenSamenResponse404",
    "VoegJongerenSamenResponse404InvalidParamsItem",
    "VoegJongerenSamenResponse409",
    "VoegJongerenSamenResponse409InvalidParamsItem",
    "VoegJongerenSamenResponse503",
    "VoegJongerenSamenResponse503InvalidParamsItem",
    "VoegLidToeResponse400",
    "VoegLidToeResponse400InvalidParamsItem",
    "VoegLidToeResponse401",
    "VoegLidToeResponse401InvalidParamsItem",
    "VoegLidToeResponse403",
    "VoegLidToeResponse403InvalidParamsItem",
    "VoegLidToeResponse404",
    "VoegLidToeResponse404InvalidParamsItem",
    "VoegLidToeResponse409",
    "VoegLidToeResponse409InvalidParamsItem",
    "VoegLidToeResponse503",
    "VoegLidToeResponse503InvalidParamsItem",
    "VoegPlanactieToeResponse400",
    "VoegPlanactieToeResponse400InvalidParamsItem",
    "VoegPlanactieToeResponse401",
    "VoegPlanactieToeResponse401InvalidParamsItem",
    "VoegPlanactieToeResponse403",
    "VoegPlanactieToeResponse403InvalidParamsItem",
    "VoegPlanactieToeResponse404",
    "VoegPlanactieToeResponse404InvalidParamsItem",
    "VoegPlanactieToeResponse503",
    "VoegPlanactieToeResponse503InvalidParamsItem",
    "WijzigAntecedentResponse400",
    "WijzigAntecedentResponse400InvalidParamsItem",
    "WijzigAntecedentResponse401",
    "WijzigAntecedentResponse401InvalidParamsItem",
    "WijzigAntecedentResponse403",
    "WijzigAntecedentResponse403InvalidParamsItem",
    "WijzigAntecedentResponse404",
    "WijzigAntecedentResponse404InvalidParamsItem",
    "WijzigAntecedentResponse503",
    "WijzigAntecedentResponse503InvalidParamsItem",
    "WijzigCasusregisseurResponse400",
    "WijzigCasusregisseurResponse400InvalidParamsItem",
    "WijzigCasusregisseurResponse401",
    "WijzigCasusregisseurResponse401InvalidParamsItem",
    "WijzigCasusregisseurResponse403",
    "WijzigCasusregisseurResponse403InvalidParamsItem",
    "WijzigCasusregisseurResponse404",
    "WijzigCasusregisseurResponse404InvalidParamsItem",
    "WijzigCasusregisseurResponse503",
    "WijzigCasusregisseurResponse503InvalidParamsItem",
    "WijzigCasusstatusResponse400",
    "WijzigCasusstatusResponse400InvalidParamsItem",
    "WijzigCasusstatusResponse401",
    "WijzigCasusstatusResponse401InvalidParamsItem",
    "WijzigCasusstatusResponse403",
    "WijzigCasusstatusResponse403InvalidParamsItem",
    "WijzigCasusstatusResponse404",
    "WijzigCasusstatusResponse404InvalidParamsItem",
    "WijzigCasusstatusResponse409",
    "WijzigCasusstatusResponse409InvalidParamsItem",
    "WijzigCasusstatusResponse503",
    "WijzigCasusstatusResponse503InvalidParamsItem",
    "WijzigMaatregelResponse400",
    "WijzigMaatregelResponse400InvalidParamsItem",
    "WijzigMaatregelResponse401",
    "WijzigMaatregelResponse401InvalidParamsItem",
    "WijzigMaatregelResponse403",
    "WijzigMaatregelResponse403InvalidParamsItem",
    "WijzigMaatregelResponse404",
    "WijzigMaatregelResponse404InvalidParamsItem",
    "WijzigMaatregelResponse503",
    "WijzigMaatregelResponse503InvalidParamsItem",
    "WijzigPlanactieResponse400",
    "WijzigPlanactieResponse400InvalidParamsItem",
    "WijzigPlanactieResponse401",
    "WijzigPlanactieResponse401InvalidParamsItem",
    "WijzigPlanactieResponse403",
    "WijzigPlanactieResponse403InvalidParamsItem",
    "WijzigPlanactieResponse404",
    "WijzigPlanactieResponse404InvalidParamsItem",
    "WijzigPlanactieResponse503",
    "WijzigPlanactieResponse503InvalidParamsItem",
    "ZetOpAgendaResponse400",
    "ZetOpAgendaResponse400InvalidParamsItem",
    "ZetOpAgendaResponse401",
    "ZetOpAgendaResponse401InvalidParamsItem",
    "ZetOpAgendaResponse403",
    "ZetOpAgendaResponse403InvalidParamsItem",
    "ZetOpAgendaResponse404",
    "ZetOpAgendaResponse404InvalidParamsItem",
    "ZetOpAgendaResponse409",
    "ZetOpAgendaResponse409InvalidParamsItem",
    "ZetOpAgendaResponse503",
    "ZetOpAgendaResponse503InvalidParamsItem",
    "ZetPerspectiefplanResponse400",
    "ZetPerspectiefplanResponse400InvalidParamsItem",
    "ZetPerspectiefplanResponse401",
    "ZetPerspectiefplanResponse401InvalidParamsItem",
    "ZetPerspectiefplanResponse403",
    "ZetPerspectiefplanResponse403InvalidParamsItem",
    "ZetPerspectiefplanResponse404",
    "ZetPerspectiefplanResponse404InvalidParamsItem",
    "ZetPerspectiefplanResponse503",
    "ZetPerspectiefplanResponse503InvalidParamsItem",
    "ZoekJongereResponse400",
    "ZoekJongereResponse400InvalidParamsItem",
    "ZoekJongereResponse401",
    "ZoekJongereResponse401InvalidParamsItem",
    "ZoekJongereResponse403",
    "ZoekJongereResponse403InvalidParamsItem",
    "ZoekJongereResponse404",
    "ZoekJongereResponse404InvalidParamsItem",
    "ZoekJongereResponse503",
    "ZoekJongereResponse503InvalidParamsItem",
)
