"""Given names of the peoples whose repression our sources record, as evidence that a capitalised run
is a person ("Ricardo Ernesto Bermúdez Salas", "Elsa Lanusse de Aráoz", "Heinz Neumann").

Surname endings (``names_morph.py``) recognise the Russian, Ukrainian and Polish surnames of the
Soviet sources; they say nothing of a Spanish, German, Hungarian or Czech surname. A first word that is
a common given name does, in any of those languages. The list is of names, not of words: none of them is
an ordinary English word that opens sentences (no "Will", "Rose", "Grace", "May", "Bill", "Frank").
English given names ("Nelson", "Harold", "Winnie") come from the US Census list in data/, filtered the
same way (see its header).
"""

from __future__ import annotations

from importlib import resources

from anyascii import anyascii

_NAMES = """
Abram Adam Adolf Adolfo Adrian Agnes Agnieszka Agustín Aino Akaki Akhmed Akmal Aladár Alberto Aleksander Aleksandr
Aleksandra Aleksei Aleksey Alexander Alexandra Alexandre Alexei Alexey Alfonso Alfred Alfredo Ali Alicia Alla Alois
Amalia Ana Anastas Anastasia Anatoli Anatolii Anatoly Andrei Andrés Andrew Andrey Andrii Andrzej Andriy 
Angela Angelica Anna Anne Annie Antanas Antoni Antonia Antonín Antonio Antonina Antoine Anton Araceli Ariadna Ariel
Arkadi Arkadii Arkady Armando Arnold Arseni Arseny Artur Arturo Artem Artyom Augusto Aurelio Avel Avraam
Beatriz Béla Benito Benjamín Bernard Bernardo Berta Bertha Blanca Bogdan Bohdan Boleslaw Bolesław Boris Bronisław
Bruno Camilo Carl Carlos Carmen Carolina Catalina Cecilia César Cezary Charles Cristina Czesław Dagmar
Daniel Daniela Danylo Dariusz David Demyan Denis Diana Diego Dmitri Dmitrii Dmitry Dmytro Dora Dragan
Eduard Eduardo Eduards Efim Egon Elena Eleonora Elisa Elizaveta Elsa Elżbieta Emil Emilia Emilio Emma Enrique Erich
Ernest Ernesto Ernst Esteban Esther Eugen Eugene Eugenia Eugenio Eva Evgeni Evgenia Evgeny Ewa Fanny Fedor Feliks
Felipe Félix Ferenc Fernando Filipp Fyodor Francisco Franciszek František Franz Friedrich Fritz Gabriel Gabriela
Galina Gaston Gavriil Genrikh Georg George Georgi Georgii Georgy Gerardo Gerhard Giorgi Giovanni Giuseppe Gleb
Gloria Graciela Gregorio Grete Grigori Grigorii Grigory Guillermo Gustav Gustavo Halina Hans Hanna Hayk Hector
Héctor Heinrich Heinz Helena Helene Henri Henryk Herbert Hermann Hilda Horacio Hryhorii Hugo Hugh Ignacio Ignacy
Ignati Ignaty Igor Ihor Ilse Ilya Imre Inés Inessa Ioann Ion Iona Iosif Irina Irma Iryna Isaak Isabel Ismael Iván
Ivan Izrail Jacek Jakob Jakub Jan Janina Janusz Jaroslav Jaroslaw Javier Jenő Jerzy Jesús Joachim Johann Johannes
Jorge José Josef Josefa Józef Juan Juana Julia Julián Julio Julius Juozas Jürgen Kamil Karl Karlis Kārlis Karol
Kazimierz Khristian Kirill Klara Klaus Klavdia Kliment Konrad Konstantin Kostas Kurt Kuzma Lajos Larisa Laszlo
László Lavrenti Lavrenty Leon Leonid Leonardo Leopold Lev Lidia Lidiya Lorenzo Lucia Lucía Ludmila Ludwig Luis
Luisa Lyubov Lydia Magdalena Manuel Marat Marcelo Marek Margarete Margarita María Maria Marianna Mariano Marina
Mario Mark Marta Martha Martín Martin Matvei Matvey Max Maxim Maksim Mercedes Michał Miguel Mikhail Mikhailo Miklós
Mikola Miroslav Mirosław Mykhailo Mykola Nadezhda Natalia Natalya Nelly Nestor Nicolás Nikita Nikolai Nikolay
Nina Noemí Norberto Oksana Olga Omar Osip Oskar Ostap Otto Pablo Panas Paolo Patricio Paul Paula Paulina Pavel
Pavlo Pedro Peter Petr Petras Petro Piotr Pyotr Rafael Raisa Ramón Raúl Raymond Rebeca Reinhold Ricardo Richard
Roberto Robert Rodolfo Roman Rosa Rudolf Ruslan Ruth Ryszard Salomón Samuel Sara Semyon Semen
Sergei Sergey Sergio Serhii Serhiy Sigmund Silvia Simón Simon Sofia Sofya Sonia Stanislav Stanisław Stefan Stepan
Susana Svetlana Taras Tatiana Tatyana Teodor Teresa Timofei Tomás Tomasz Valentin Valentina Valeri Valerian Valery
Vasili Vasily Vasyl Veniamin Vera Victor Víctor Viktor Viktoria Vilém Vilis Vitali Vitaly Vladimir Vladislav
Volodymyr Vsevolod Vyacheslav Walter Wanda Werner Wilhelm Willi Witold Władysław Wojciech Yakov Yan Yaroslav
Yekaterina Yelena Yemelyan Yevgeni Yevgeny Yevhen Yosif Yulia Yuri Yury Yuriy Zbigniew Zinaida Zinovy Zofia Zoya
Pál Zoltán Géza József Sándor János István Gyula Tibor Árpád Mátyás Ernő Dezső Károly Gábor Endre András Antal Kálmán
Mihály Tamás Rezső Ágnes Erzsébet Katalin Júlia Ilona Margit Zsuzsa
Abel Adrián Alejandro Alonso Álvaro Amado Anselmo Bartolomé Cándido Cristóbal Demetrio Domingo Efraín Eladio Eliseo
Emiliano Evaristo Evelio Fabián Fausto Federico Fidel Florencio Gonzalo Heriberto Hilario Humberto Isidro Jacinto
Jaime Leonel Lucio Marcos Máximo Nicanor Octavio Orestes Osvaldo Oswaldo Pascual Reinaldo Rigoberto Rogelio Salvador
Saturnino Teodoro Ulises Valentín Wilfredo Adela Consuelo Dolores Esperanza Gladys Guadalupe Leticia Lourdes Mirta
Mirtha Nilda Pilar Rocío Soledad Yolanda
Abdul Abdullah Ahmad Ahmed Hassan Hussein Ibrahim Ismail Khalid Mahmoud Mohamed Mohammed Muhammad Musa Mustafa Nasser
Yusuf Youssef Salim Karim Fatima Aisha
Yasin Yassin Hisham Marwan Fawwaz Barakat Hikmat Bashar Rifaat Riad Riyad Samir Nabil Jamil Munir Nizar Wael Ghassan
Hani Hussam Iyad Ayman Usama Osama Haitham Mazen Nidal Rami Ammar Bassam Fuad Fouad Talal Zuhair Suhail Subhi Sami Nasir Fahd
Sabri Shukri Adel Adil Imad Ghazi Raed Rafiq Taha Yahya Zakariya Rima Huda Hala Manal Nawal Salwa Suad Widad Muna Dalal
Rashid Kamal Mahmud Fadhil Wafiq Hazim Anwar Hasan Aziz Jasim Tariq Adnan Faisal Faris Hamid Majid Qasim Salih Saleh
Walid Ziad Jafar Jabbar Kadhim Abbas Khalil Hamza Idris Bilal Mehdi Reza Hossein Mohsen Nasrin Leila Layla Zaynab Zeinab
Samira Khadija Maryam Shirin Rebwar Kawa Shwan Gulizar Mehmet Ahmet Hüseyin Kemal Osman Orhan Ömer Halil İbrahim
Cemal Ismet İsmet Nazım Selahattin Fatma Ayşe Zeynep Emine Hatice
Raoul Théophile Gustave Adolphe Hippolyte Jules Émile Eugène Auguste Théodore Édouard Étienne Léon Lucien Marcel
Maurice Pierre Jacques Jean Michel Philippe Alphonse Aristide Anatole Benoît Edmond Félicien Ferdinand Firmin Honoré
Ulysse Pascal Gaspard Gilles Hubert Lazare Octave Prosper Sébastien Thierry Xavier Yves Louise Marguerite Geneviève
Jeanne Madeleine Juliette Élisabeth Thérèse Hélène Germaine Simone Odette Colette Yvonne Jacqueline Mathilde
François Françoise Georges Serge Fernand Hervé Anselme Gilbert Alain Sylvain Mathieu Rémi Amédée Ignace Luc
Zacharie Éloi Frantz Josette Micheline Agathe Honorine Charlotte
Mihai Gheorghe Vasile Dumitru Sorin Laurențiu Ioan Petru Constantin Nicolae Florin Cornel Radu Ionel Viorel Costel
Traian Aurel Liviu Valeriu Silviu Mircea Dorin Ovidiu Lucian Octavian Horia Iuliu Matei Remus Sergiu Cristian Doina
Ioana Ecaterina Rodica Anca Smaranda
Giacomo Luigi Enrico Umberto Vittorio Francesco Pietro Carlo Bartolomeo Nicola Gaetano Amadeo Sandro Achille Alcide
Tesfaye Getachew Alemayehu Tadesse Mulugeta Girma Berhanu Mesfin Tilahun Hailu Aklilu Birtukan Meseret Tigist Tsehay
Yohannes Dawit Almaz Getahun Zewdu Abebe Worku Kassa Teferi Fikre
Sipho Themba Thabo Thandiwe Nomsa Bongani Sibusiso Mandla Lindiwe Sizwe Jabulani Sibongile Zodwa Thulani Vusi
Dumisani Mpho Lerato Tendai Tafadzwa Farai Chipo Tatenda Kudzai Nyasha Mthandazo Dumiso Nkosinathi Zenzo Welshman
Bambang Soegeng Sugeng Imam Hadi Sri Siti Slamet Djoko Joko Budi Agus Wahyu Heru Eko Teguh Sumadi Soemadi Hartono
Darmo Suwarno Soewarno Subandrio Njoto Nyoto Ketut Nyoman Wayan Putu Dewi Wati Sutan Rahmat Ruslan Sukarni Suparman
Kenji Yoshio Hiroshi Takeshi Taro Ichiro Jiro Saburo Masao Tadashi Kiyoshi Isamu Minoru Shigeru Yukio Akira Haruo
Toshio Kazuo Tsutomu Noboru Yoshiko Michiko Fumiko Hanako Haruko Kimiko Setsuko Sachiko Keiko Kenichi Sotaro Gentaro
"""

CENSUS_NAMES = (resources.files("dossier.extract") / "data" / "census_given_names.txt").read_text(encoding="utf-8")
GIVEN_NAMES = frozenset(anyascii(n).lower() for n in _NAMES.split() + [
    line for line in CENSUS_NAMES.splitlines() if line and not line.startswith("#")])


def is_given_name(word: str) -> bool:
    """A capitalised word that is a common given name, whatever its accents ("Martín", "Martin"), or a French-style
    compound of them ("Jean-Claude")."""
    if "-" in word.strip("-"):  # "Jean-Claude", "Marie-Thérèse": a compound of given names
        return all(is_given_name(part) for part in word.split("-"))
    return word[:1].isupper() and not word.isupper() and anyascii(word).lower() in GIVEN_NAMES


SEXES = (resources.files("dossier.extract") / "data" / "census_name_sexes.txt").read_text(encoding="utf-8")
SEX_OF_NAME = {anyascii(name).lower(): sex for line in SEXES.splitlines() if line and not line.startswith("#")
               for name, sex in [line.split()]}


def census_sex(word: str) -> str | None:
    """ "M" for "Jorge", "F" for "Graciela": the sex the US Census lists a given name for, if only one."""
    return SEX_OF_NAME.get(anyascii(word).lower())


# Russian and Ukrainian diminutives, which letters, petitions and memoirs use for kin and friends ("Misha" for Mikhail
# Fedorovich Shulga): each with the full given names it stands for, in the common romanisations.
_DIMINUTIVES = """
Misha:Mikhail,Mikhailo,Mykhailo Sasha:Aleksandr,Alexander,Oleksandr,Aleksandra,Alexandra Kolya:Nikolai,Nikolay,Mykola
Volodya:Vladimir,Volodymyr Petya:Pyotr,Petr,Petro Vanya:Ivan Seryozha:Sergei,Sergey,Serhii Grisha:Grigory,Grigori,Hryhorii
Lyosha:Aleksei,Alexei,Aleksey,Alexey Alyosha:Aleksei,Alexei,Aleksey,Alexey Dima:Dmitri,Dmitry,Dmytro Fedya:Fyodor,Fedor
Kostya:Konstantin Tolya:Anatoly,Anatoli Yura:Yuri,Yury,Yuriy Zhenya:Evgeny,Yevgeny,Yevgeni,Evgeni,Evgenia Borya:Boris
Lyova:Lev Styopa:Stepan Pasha:Pavel,Pavlo Vitya:Viktor,Victor Senya:Semyon,Semen Yasha:Yakov Misko:Mykhailo
Natasha:Natalia,Natalya Masha:Maria,Mariya Olya:Olga Tanya:Tatiana,Tatyana Lena:Elena,Yelena Katya:Ekaterina,Yekaterina
Nadya:Nadezhda Lyuba:Lyubov Galya:Galina Sonya:Sofia,Sofya Zina:Zinaida Valya:Valentina,Valentin Vera:Vera
"""
DIMINUTIVES = {d: full.split(",") for pair in _DIMINUTIVES.split() for d, full in [pair.split(":")]}


def full_forms(word: str) -> list[str]:
    """The given names a diminutive stands for ("Misha" → Mikhail …), or none."""
    return DIMINUTIVES.get(word, [])
