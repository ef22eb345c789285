import type { PiiKind } from './pii-vocabulary.js';

/**
 * The name vocabulary in the other languages pixel sites are written in: Spanish, Portuguese, French,
 * German, Italian, Dutch, Polish and Turkish (English is in `pii-vocabulary.ts`). Names are matched on
 * their split, folded words (`telefoneCliente` → telefone cliente, `prénom` → prenom, `Straße` → strasse,
 * `e-posta` → e posta), so words are written that way here: lowercase ASCII, accents removed (`endereco`
 * for endereço, `imie` for imię, `sehir` for şehir). A word spelled alike in several languages is written
 * once, under the first language that uses it (English, then the order above).
 *
 * The same care as in English: bare words for a name (`nome`, `nombre`, `nom`, `naam`, `isim`) need
 * person evidence and are listed apart (`PERSON_NAME_WORDS`); words that mean something else in code or
 * in another language of the list are left out or kept to the end of a name. Each language says what it
 * keeps quiet on purpose.
 */

/** A vocabulary word, or one that counts only when it ends the name (`{ words: 'fone', last: true }`). */
export type LanguageTerm = string | { readonly words: string; readonly last: true };

export interface LanguageVocabulary {
  /** Words (space-separated runs) that name personal data, by kind. */
  readonly pii: Readonly<Partial<Record<PiiKind, readonly LanguageTerm[]>>>;
  /** Objects that are people: `cliente.nome`, `nome_do_cliente`, `dadosUsuario.telefone`. */
  readonly people: readonly string[];
  /** Words that make a name describe the data rather than hold it (`telefone_valido`, `campoEmail`). */
  readonly notPii: readonly string[];
  /** Objects that only carry others (`dados.cliente.nome` belongs to the client). */
  readonly containers?: readonly string[];
  /** Owners of a city or postal code besides people: a delivery, a billing address, a sign-up form. */
  readonly owners?: readonly string[];
  /** Objects that are an address, skipped when looking for whose a city is (`cliente.endereco.cidade`). */
  readonly places?: readonly string[];
  /** Leading verbs that make a name an action (`validarEmail`, `enviarTelefone`). */
  readonly predicates?: readonly string[];
}

const last = (words: string): LanguageTerm => ({ words, last: true });

// Spanish. Quiet on purpose: `nombre` alone (a product's or an event's as often as a person's), `persona` as
// an owner (also a UX or chatbot persona in English code), `estado` (also a status), `cp` (two letters of
// anything), `nie` (Polish "not"), `rfc` (a Request for Comments); `móvil` only at the end (`versionMovil`).
const ES: LanguageVocabulary = {
  pii: {
    email: ['correo', 'correo electronico'],
    phone: ['telefono', 'celular', last('movil')],
    firstName: ['primer nombre'],
    lastName: ['apellido', 'apellidos'],
    fullName: ['nombre completo', 'nombre y apellido', 'nombre y apellidos'],
    birthDate: ['nacimiento', 'fecha nac', 'cumpleanos'],
    gender: ['sexo', last('genero')],
    address: ['direccion', 'domicilio', last('calle')],
    city: ['ciudad', 'localidad', 'municipio'],
    state: [last('provincia')],
    zip: ['codigo postal'],
    country: [last('pais')],
    nationalId: ['dni', 'nif', 'cuit', 'cuil', 'rut', 'curp', 'cedula', 'documento de identidad', 'numero de documento'],
    cardNumber: ['tarjeta de credito', 'numero de tarjeta', 'numero tarjeta'],
  },
  people: [
    'cliente', 'clientes', 'usuario', 'usuarios', 'comprador', 'compradora', 'contacto', 'paciente', 'pacientes', 'alumno',
    'estudiante', 'titular', 'responsable', 'inscrito', 'participante', 'huesped', 'pasajero', 'visitante', 'solicitante', 'candidato', 'consumidor', 'beneficiario', 'asegurado', 'suscriptor', 'destinatario',
    'pagador', 'miembro', 'socio', 'interesado', 'prospecto',
  ],
  notPii: [
    'valido', 'invalido', 'verificado', 'confirmado', 'campo', 'tipo', 'plantilla', 'etiqueta', 'mensaje',
    'producto', 'evento', 'clave', 'cifrado', 'enmascarado', 'formato', 'enlace', 'boton', 'cantidad',
  ],
  containers: ['datos', 'informacion', 'formulario'],
  owners: ['envio', 'entrega', 'facturacion', 'registro', 'inscripcion', 'formulario'],
  places: ['direccion', 'ubicacion'],
  predicates: ['validar', 'verificar', 'mostrar', 'ocultar', 'enviar', 'tiene'],
};

// Portuguese. Quiet on purpose: `nome` alone (see Spanish), `estado` (also a status), `apelido` (a
// nickname in Brazil), `bairro` and `complemento` (not a person's address alone), `cnpj` (a company's number).
const PT: LanguageVocabulary = {
  pii: {
    email: ['endereco de email', 'endereco de e mail', 'correio eletronico'],
    phone: ['telefone', last('fone'), 'telemovel'],
    firstName: ['primeiro nome', 'prenome'],
    lastName: ['sobrenome', 'ultimo nome'],
    fullName: ['nome completo'],
    birthDate: ['nascimento', 'data nasc', 'dt nasc'],
    address: ['endereco', 'logradouro', last('rua')],
    city: ['cidade'],
    state: [last('uf')],
    zip: ['cep'],
    nationalId: ['cpf', 'rg', 'cnh', 'cartao cidadao', 'cartao de cidadao'],
    cardNumber: ['cartao de credito', 'numero do cartao'],
  },
  people: [
    'comprador', 'contato', 'pessoa', 'pessoas', 'aluno', 'aluna', 'responsavel', 'hospede', 'passageiro', 'segurado',
    'assinante', 'membro', 'interessado',
  ],
  notPii: ['erro', 'modelo', 'rotulo', 'mensagem', 'produto', 'chave', 'criptografado', 'mascarado', 'botao', 'quantidade'],
  containers: ['dados', 'informacoes'],
  owners: ['cobranca', 'faturamento', 'cadastro', 'inscricao'],
  places: ['endereco', 'localizacao'],
  predicates: ['tem', 'possui'],
};

// French. Quiet on purpose: `nom` alone (also a thing's name), `genre` (a music genre), `portable` alone
// (also an adjective), `cp` (see Spanish).
const FR: LanguageVocabulary = {
  pii: {
    email: ['courriel', 'adresse mail', 'adresse email', 'adresse e mail', 'adresse electronique'],
    phone: ['tel portable', 'numero portable'],
    firstName: ['prenom'],
    lastName: ['nom de famille'],
    fullName: ['nom complet', 'nom prenom', 'prenom nom'],
    birthDate: ['naissance'],
    gender: ['sexe'],
    address: ['adresse', last('rue')],
    city: ['ville'],
    zip: ['code postal'],
    country: [last('pays')],
    ssn: ['securite sociale', 'nir'],
    nationalId: ['carte d identite'],
    cardNumber: ['carte bancaire', 'carte de credit', 'numero de carte'],
  },
  people: [
    'utilisateur', 'utilisatrice', 'acheteur', 'acheteuse', 'personne', 'abonne', 'destinataire', 'membre', 'visiteur',
    'locataire', 'candidat', 'adherent', 'souscripteur',
  ],
  notPii: ['valide', 'invalide', 'verifie', 'confirme', 'champ', 'erreur', 'modele', 'libelle', 'produit', 'evenement', 'cle', 'chiffre', 'masque', 'lien', 'bouton'],
  containers: ['donnees', 'informations', 'formulaire'],
  owners: ['livraison', 'facturation', 'inscription', 'formulaire'],
  places: ['adresse', 'localisation'],
  predicates: ['valider', 'verifier', 'afficher', 'envoyer'],
};

// German. Quiet on purpose: `Land` (also a federal state, and English), `Ort` only at the end (`Ortsteil`,
// `Veranstaltungsort` is one word anyway), `Steuernummer` (a business's too).
const DE: LanguageVocabulary = {
  pii: {
    email: ['emailadresse', 'mailadresse'],
    phone: ['telefon', 'telefonnummer', 'handynummer', 'mobilnummer', 'rufnummer', 'mobiltelefon', last('handy')],
    firstName: ['vorname'],
    lastName: ['nachname', 'familienname'],
    birthDate: ['geburtsdatum', 'geburtstag', 'geburtsjahr'],
    gender: ['geschlecht'],
    address: ['anschrift', 'strasse', 'hausnummer'],
    city: ['stadt', 'wohnort', last('ort')],
    state: [last('bundesland')],
    zip: ['plz', 'postleitzahl'],
    ssn: ['sozialversicherungsnummer'],
    nationalId: ['personalausweis', 'personalausweisnummer', 'ausweisnummer', 'steueridentifikationsnummer', 'steuer id'],
    cardNumber: ['kreditkarte', 'kreditkartennummer', 'kartennummer'],
  },
  people: ['kunde', 'kunden', 'benutzer', 'nutzer', 'kaufer', 'mitglied', 'teilnehmer', 'besteller', 'empfanger', 'mieter', 'bewerber', 'interessent'],
  notPii: ['gultig', 'ungultig', 'bestatigt', 'verifiziert', 'feld', 'typ', 'fehler', 'vorlage', 'nachricht', 'produkt', 'schlussel', 'verschlusselt', 'maskiert'],
  containers: ['daten', 'formular'],
  owners: ['lieferung', 'rechnung', 'anmeldung', 'formular'],
};

// Italian. Quiet on purpose: `nome` alone (see Spanish), `via` and `cap` (English and Latin words),
// `comune` (also "common"), `cf` (two letters of anything), `partita iva` (a business's VAT number).
const IT: LanguageVocabulary = {
  pii: {
    email: ['indirizzo email', 'posta elettronica'],
    phone: ['cellulare'],
    lastName: ['cognome'],
    fullName: ['nome e cognome', 'nominativo'],
    birthDate: ['nascita'],
    gender: ['sesso'],
    address: ['indirizzo'],
    city: ['citta'],
    zip: ['codice postale'],
    country: [last('paese')],
    nationalId: ['codice fiscale', 'carta d identita'],
    cardNumber: ['carta di credito', 'numero carta'],
  },
  people: ['utente', 'utenti', 'acquirente', 'paziente', 'iscritto', 'abbonato'],
  notPii: ['verificato', 'confermato', 'errore', 'etichetta', 'messaggio', 'prodotto', 'chiave', 'cifrato'],
  containers: ['dati', 'informazioni'],
  owners: ['spedizione', 'consegna', 'fatturazione', 'registrazione', 'iscrizione'],
  places: ['indirizzo'],
  predicates: ['validare', 'verificare', 'mostrare', 'inviare'],
};

// Dutch. Quiet on purpose: `naam` alone (see `HEAD_LAST_NAME_WORDS`), `plaats` (any place), `land`, `tussenvoegsel`.
const NL: LanguageVocabulary = {
  pii: {
    email: ['emailadres', 'mailadres', 'e mailadres'],
    phone: ['telefoon', 'telefoonnummer', last('mobiel'), 'mobiel nummer', last('gsm')],
    firstName: ['voornaam', 'roepnaam'],
    lastName: ['achternaam'],
    fullName: ['volledige naam'],
    birthDate: ['geboortedatum'],
    gender: ['geslacht'],
    address: ['adres', 'straat', 'straatnaam', 'huisnummer'],
    city: ['woonplaats', 'stad'],
    nationalId: ['bsn', 'burgerservicenummer'],
  },
  people: ['klant', 'gebruiker', 'koper', 'deelnemer', 'ontvanger', 'huurder', 'aanvrager', 'bezoeker'],
  notPii: ['geldig', 'ongeldig', 'geverifieerd', 'bevestigd', 'veld', 'fout', 'sjabloon', 'bericht', 'sleutel', 'versleuteld'],
  containers: ['gegevens'],
  owners: ['levering', 'bezorging', 'factuur', 'registratie'],
};

// Polish. Quiet on purpose: `nazwa` (a thing's name), `nip` (a business's tax number too).
const PL: LanguageVocabulary = {
  pii: {
    phone: ['numer telefonu', last('komorka')],
    firstName: ['imie'],
    lastName: ['nazwisko'],
    fullName: ['imie i nazwisko'],
    birthDate: ['data urodzenia', 'urodziny'],
    gender: ['plec'],
    address: ['ulica'],
    city: ['miasto', 'miejscowosc'],
    state: [last('wojewodztwo')],
    zip: ['kod pocztowy'],
    nationalId: ['pesel', 'numer dowodu', 'dowod osobisty'],
  },
  people: ['klient', 'uzytkownik', 'kupujacy', 'pacjent', 'osoba', 'uczestnik', 'odbiorca', 'czlonek'],
  notPii: ['poprawny', 'niepoprawny', 'zweryfikowany', 'potwierdzony', 'pole', 'blad', 'szablon', 'wiadomosc', 'klucz', 'zaszyfrowany'],
  containers: ['dane'],
  owners: ['dostawa', 'faktura', 'rejestracja'],
};

// Turkish. Quiet on purpose: `ad` alone (English "ad"), `il` (a province; Italian and French "it"), `alan`
// (a field, and a first name), `hasta` alone as a person (Spanish "until").
const TR: LanguageVocabulary = {
  pii: {
    email: ['e posta', 'eposta'],
    phone: ['cep telefonu'],
    lastName: ['soyad', 'soyadi', 'soyisim'],
    fullName: ['ad soyad', 'adi soyadi', 'ad soyadi', 'isim soyisim'],
    birthDate: ['dogum tarihi'],
    gender: ['cinsiyet'],
    city: ['sehir'],
    zip: ['posta kodu'],
    nationalId: ['tc kimlik', 'tckn', 'kimlik no', 'kimlik numarasi'],
  },
  people: ['musteri', 'kullanici', 'alici', 'uye', 'katilimci', 'kisi'],
  notPii: ['gecerli', 'gecersiz', 'dogrulanmis', 'hata', 'sablon', 'mesaj', 'urun', 'anahtar', 'sifreli'],
  containers: ['bilgi', 'bilgiler'],
  owners: ['teslimat', 'fatura', 'kayit'],
};

export const LANGUAGE_VOCABULARIES: readonly LanguageVocabulary[] = [ES, PT, FR, DE, IT, NL, PL, TR];

/**
 * Words that say "name" without saying whose: a person's only on person evidence, like English `name`.
 * Head-last languages put the owner before (`klantnaam` is one word, `musteri_adi`); Romance languages
 * put it after, past a preposition (`nome_do_cliente`, `nombre_producto` is a product's).
 */
export const HEAD_LAST_NAME_WORDS: readonly string[] = ['name', 'naam', 'isim', 'adi'];
export const HEAD_FIRST_NAME_WORDS: readonly string[] = ['nome', 'nombre', 'nom'];
/** Prepositions between a Romance name word and its owner (`nome do cliente`, `nom du client`). */
export const NAME_PREPOSITIONS: readonly string[] = ['de', 'do', 'da', 'dos', 'das', 'del', 'du', 'des', 'di', 'della', 'dello', 'dei'];
